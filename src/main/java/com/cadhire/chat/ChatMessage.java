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
 * @param editedAt when the sender last edited it, {@code null} if never
 * @param deleted whether the sender deleted it (the body is then empty)
 * @param replyTo the entry it quotes, {@code null} if none
 * @param attachments files sent with the message, in upload order
 */
public record ChatMessage(UUID id, UUID conversationId, long seq, MessageType type, @Nullable UUID senderId,
		@Nullable String senderName, String body, @Nullable String kind, @Nullable Map<String, Object> data,
		Instant sentAt, @Nullable String clientMessageId, @Nullable Instant editedAt, boolean deleted,
		@Nullable Quote replyTo, List<Attachment> attachments) {

	/** The longest quote of a replied-to entry, in characters. */
	public static final int QUOTE_LENGTH = 140;

	/**
	 * A short quote of the entry a message replies to.
	 *
	 * @param id the quoted entry
	 * @param seq its seq
	 * @param senderId its sender, {@code null} for a system event
	 * @param senderName the sender's display name, {@code null} for a system event
	 * @param text the first {@value #QUOTE_LENGTH} characters of its body (empty once
	 * deleted)
	 * @param deleted whether the quoted entry was deleted
	 */
	public record Quote(UUID id, long seq, @Nullable UUID senderId, @Nullable String senderName, String text,
			boolean deleted) {
	}

}
