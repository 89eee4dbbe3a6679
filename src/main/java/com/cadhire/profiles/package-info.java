/**
 * Profiles: expert profiles, the skills catalogue, the expert directory and the
 * responsiveness read model fed by hiring's invite events.
 * <p>
 * Decisions others will ask about:
 * <ul>
 * <li>An hourly rate is optional; when given it lies between 8.00 (the platform's hourly
 * minimum) and 1000.00 USD, with at most two decimals. The upper bound only catches
 * typos.</li>
 * <li>Skills are catalogue slugs (a catalogue name is accepted and stored as its slug) or
 * free tags, compared trimmed, with whitespace collapsed and in lower case; duplicates
 * are dropped.</li>
 * <li>A new time away cannot start in the past and ends at most a year ahead; one under
 * way keeps its first day. Time away that has begun is kept when it is replaced or
 * cleared, so it still excuses slow answers to invites it overlapped.</li>
 * <li>The directory lists experts who saved a profile; {@code GET /experts/{id}} also
 * shows an expert who never did, with an empty profile, as hiring lets clients invite
 * them.</li>
 * <li>Responsiveness rules are in {@link com.cadhire.profiles.InviteResponsePolicy} and
 * {@link com.cadhire.profiles.MessageResponsePolicy}.</li>
 * </ul>
 */
@NullMarked
@ApplicationModule(displayName = "Profiles",
		allowedDependencies = { "common", "accounts", "hiring", "chat", "moderation", "screening", "web" })
package com.cadhire.profiles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
