package com.cadhire.chat;

import java.util.Set;
import java.util.UUID;

/**
 * A system event (terms changed, offer sent, ...) was added to a conversation's timeline.
 *
 * @param conversationId the conversation
 * @param messageId the timeline entry
 * @param seq its seq
 * @param kind the event kind, such as {@code terms.proposed}
 * @param participantIds everyone in the conversation
 */
public record SystemEventRecorded(UUID conversationId, UUID messageId, long seq, String kind,
		Set<UUID> participantIds) {
}
