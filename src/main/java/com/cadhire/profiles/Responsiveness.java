package com.cadhire.profiles;

import org.jspecify.annotations.Nullable;

/**
 * How fast an expert answers, as their profile shows it.
 *
 * @param inviteResponse how fast they answer invites, or {@code null} while there are too
 * few invites to tell
 * @param messageResponse how fast they reply to clients' messages, or {@code null} while
 * there are too few replies to tell
 */
public record Responsiveness(@Nullable ResponseBand inviteResponse, @Nullable MessageResponseBand messageResponse) {

	/** Nothing to show yet. */
	public static final Responsiveness UNKNOWN = new Responsiveness(null, null);

}
