package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.InviteId;
import com.cadhire.common.UserId;

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
public record DraftChatOpened(ApplicationId applicationId, InviteId inviteId, UserId clientId, UserId expertId,
		UUID conversationId, Instant openedAt) {
}
