package com.cadhire.chat;

import java.util.UUID;

/**
 * A participant's read pointer changed: everything up to {@code upToSeq} is read (it
 * moves back when they mark messages as unread).
 *
 * @param conversationId the conversation
 * @param participantId the reader
 * @param upToSeq the new read pointer
 */
public record ConversationRead(UUID conversationId, UUID participantId, long upToSeq) {
}
