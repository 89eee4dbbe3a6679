package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * The invited expert chose to chat first: their application is a draft and its
 * conversation is open.
 *
 * @param applicationId the draft application
 * @param inviteId the invite the expert accepted
 * @param clientId the client
 * @param expertId the expert
 * @param conversationId the conversation that opened
 * @param openedAt when
 */
public record DraftChatOpened(UUID applicationId, UUID inviteId, UUID clientId, UUID expertId, UUID conversationId,
		Instant openedAt) {
}
