package com.cadhire.moderation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A moderator found that a held or masked message carried no contact information: its
 * original text is shown again. Published in the deciding transaction.
 *
 * @param caseId the case
 * @param conversationId the conversation of the message
 * @param messageId the message
 * @param original the text as the writer sent it
 */
public record ContactCaseReleased(UUID caseId, @Nullable UUID conversationId, @Nullable UUID messageId,
		String original) {
}
