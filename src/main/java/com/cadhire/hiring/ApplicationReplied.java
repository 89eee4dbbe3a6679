package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * The client answered an application: the interview and its chat are open.
 */
public record ApplicationReplied(UUID applicationId, UUID clientId, UUID expertId, UUID conversationId,
		Instant repliedAt) {
}
