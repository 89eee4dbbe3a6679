package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;

/**
 * The client answered an application: the interview and its chat are open.
 */
public record ApplicationReplied(ApplicationId applicationId, UserId clientId, UserId expertId, UUID conversationId,
		Instant repliedAt) {
}
