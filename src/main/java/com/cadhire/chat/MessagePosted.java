package com.cadhire.chat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A participant posted a message (published once, never for an idempotent repeat).
 *
 * @param conversationId the conversation
 * @param messageId the new message
 * @param seq its seq
 * @param senderId who sent it
 * @param participantIds everyone in the conversation, the sender included
 * @param sentAt when it was sent
 */
public record MessagePosted(UUID conversationId, UUID messageId, long seq, UUID senderId, Set<UUID> participantIds,
		Instant sentAt) {
}
