package com.cadhire.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long after sending a message its author may edit or delete it
 * ({@code cadhire.chat.edit-window}, 15 minutes unless configured). The one source of the
 * rule, for {@link MessageChanges} and for pages that decide whether to offer the change.
 */
@Component
public class EditWindow {

	private final Clock clock;

	private final Duration length;

	EditWindow(Clock clock, @Value("${cadhire.chat.edit-window:PT15M}") Duration length) {
		this.clock = clock;
		this.length = length;
	}

	/**
	 * @param sentAt when a message was sent
	 * @return whether it may still be changed now
	 */
	public boolean isOpen(Instant sentAt) {
		return !ChatTime.now(this.clock).isAfter(sentAt.plus(this.length));
	}

	/**
	 * @return how long a message may be changed after it was sent
	 */
	public Duration length() {
		return this.length;
	}

}
