package com.cadhire.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Small shared helpers of the chat services.
 */
final class ChatTime {

	private ChatTime() {
	}

	/**
	 * Now, with microseconds: both databases store that precision, so keep it in memory
	 * too.
	 */
	static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
