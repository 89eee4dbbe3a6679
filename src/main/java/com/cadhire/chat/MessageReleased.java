package com.cadhire.chat;

import java.util.Set;
import java.util.UUID;

/**
 * A moderator released a message that was delivered masked: its original text is shown
 * now.
 *
 * @param conversationId the conversation
 * @param messageId the message
 * @param participantIds who takes part in the conversation
 */
public record MessageReleased(UUID conversationId, UUID messageId, Set<UUID> participantIds) {
}
