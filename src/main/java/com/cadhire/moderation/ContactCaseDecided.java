package com.cadhire.moderation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A moderator decided a case about someone's message, either way; published in the
 * deciding transaction next to {@link ContactCaseReleased} or
 * {@link ContactCaseConfirmed}, for those who tell the writer.
 *
 * @param caseId the case
 * @param writerId who wrote the message
 * @param conversationId the conversation of the message, if it was one
 * @param messageId the message, if it was one
 * @param released {@code true} when the original is shown again, {@code false} when the
 * violation was confirmed
 * @param strikes the writer's confirmed violations so far
 * @param decidedAt when
 */
public record ContactCaseDecided(UUID caseId, UUID writerId, @Nullable UUID conversationId, @Nullable UUID messageId,
		boolean released, int strikes, Instant decidedAt) {
}
