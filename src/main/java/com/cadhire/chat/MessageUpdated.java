package com.cadhire.chat;

import java.util.Set;
import java.util.UUID;

/**
 * A participant edited or deleted one of their messages.
 *
 * @param conversationId the conversation
 * @param messageId the message
 * @param seq its seq
 * @param deleted {@code true} if it was deleted, {@code false} if edited
 * @param participantIds everyone in the conversation, the author included
 */
public record MessageUpdated(UUID conversationId, UUID messageId, long seq, boolean deleted, Set<UUID> participantIds) {
}
