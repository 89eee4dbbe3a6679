package com.cadhire.chat;

import java.util.Set;
import java.util.UUID;

/**
 * A participant is typing in a conversation. Ephemeral: nothing is stored, and nobody who
 * is not connected at that moment ever hears of it.
 *
 * @param conversationId the conversation
 * @param userId who is typing
 * @param displayName their display name
 * @param participantIds everyone in the conversation, the typist included
 */
public record TypingStarted(UUID conversationId, UUID userId, String displayName, Set<UUID> participantIds) {
}
