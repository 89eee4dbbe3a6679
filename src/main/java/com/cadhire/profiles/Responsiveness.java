package com.cadhire.profiles;

import org.jspecify.annotations.Nullable;

/**
 * How fast an expert answers, as their profile shows it.
 *
 * @param inviteResponse how fast they answer invites, or {@code null} while there are too
 * few invites to tell
 */
public record Responsiveness(@Nullable ResponseBand inviteResponse) {

	/** Nothing to show yet. */
	public static final Responsiveness UNKNOWN = new Responsiveness(null);

}
