package com.cadhire.chat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a conversation's timeline, as participants see it.
 *
 * @param id the entry id
 * @param conversationId the conversation
 * @param seq its position in the timeline
 * @param type a participant's message or a system event
 * @param senderId the sender, {@code null} for a system event
 * @param senderName the sender's display name, {@code null} for a system event
 * @param body the text (for a system event a human-readable line)
 * @param kind the system event kind, {@code null} for a message
 * @param data the system event's details, {@code null} for a message
 * @param sentAt when it was stored
 * @param clientMessageId the sender's idempotency key, if they gave one
 * @param attachments files sent with the message, in upload order
 */
public record ChatMessage(UUID id, UUID conversationId, long seq, MessageType type, @Nullable UUID senderId,
		@Nullable String senderName, String body, @Nullable String kind, @Nullable Map<String, Object> data,
		Instant sentAt, @Nullable String clientMessageId, List<Attachment> attachments) {
}
