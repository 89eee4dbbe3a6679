package com.cadhire.chat;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A participant sends a message: the one command of {@link MessageSending#send}.
 *
 * @param conversationId the conversation
 * @param senderId the sender, who must be a participant
 * @param body the text, at most {@link #MAX_BODY} characters; may be blank only when
 * files are attached
 * @param clientMessageId the sender's idempotency key, at most
 * {@link #MAX_CLIENT_MESSAGE_ID} characters, or {@code null}
 * @param handling what to do if it carries contact information
 * @param replyToSeq the seq of the entry it replies to (quotes), or {@code null}
 * @param attachmentIds the sender's own uploads to this conversation, not sent yet
 */
public record SendMessage(UUID conversationId, UUID senderId, String body, @Nullable String clientMessageId,
		ContactHandling handling, @Nullable Long replyToSeq, List<UUID> attachmentIds) {

	/**
	 * The longest message body, in characters (UTF-16 code units, as Java counts them).
	 */
	public static final int MAX_BODY = 10_000;

	/** The longest client message id. */
	public static final int MAX_CLIENT_MESSAGE_ID = 100;

	public SendMessage {
		attachmentIds = List.copyOf(attachmentIds);
	}

	/**
	 * A plain text message, refused if it carries contact information, replying to
	 * nothing and without files.
	 * @param conversationId the conversation
	 * @param senderId the sender
	 * @param body the text
	 * @param clientMessageId the sender's idempotency key, or {@code null}
	 * @return the command
	 */
	public static SendMessage text(UUID conversationId, UUID senderId, String body, @Nullable String clientMessageId) {
		return new SendMessage(conversationId, senderId, body, clientMessageId, ContactHandling.REFUSE, null,
				List.of());
	}

	/**
	 * @param handling what to do with contact information
	 * @return this command with another handling
	 */
	public SendMessage withHandling(ContactHandling handling) {
		return new SendMessage(this.conversationId, this.senderId, this.body, this.clientMessageId, handling,
				this.replyToSeq, this.attachmentIds);
	}

}
