package com.cadhire.notifications;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of someone's notification center.
 *
 * @param id the notification
 * @param kind what happened
 * @param text the sentence people read, e.g. "Erin Okafor accepted your invite to
 * “Gearbox housing”"
 * @param actorName the other party's display name, {@code null} when the platform itself
 * acted (an expiry)
 * @param jobTitle the job it is about, when there is one
 * @param detail a line of detail (a decline reason, an offer version, a fee), may be
 * {@code null}
 * @param link the page path it opens, e.g. {@code /applications/{id}}
 * @param createdAt when it happened
 * @param read whether the recipient has marked it read
 */
public record Notification(UUID id, NotificationKind kind, String text, @Nullable String actorName,
		@Nullable String jobTitle, @Nullable String detail, String link, Instant createdAt, boolean read) {
}
