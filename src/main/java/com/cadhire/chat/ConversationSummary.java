package com.cadhire.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A conversation as one of its participants sees it in a list.
 *
 * @param id the conversation
 * @param applicationId the application it belongs to
 * @param title what it is about, e.g. the job title
 * @param participants who takes part
 * @param lastMessage the newest timeline entry, {@code null} while there is none
 * @param lastActivityAt when the last entry was added (or the conversation opened)
 * @param unreadCount the viewer's unread messages
 */
public record ConversationSummary(UUID id, UUID applicationId, String title, List<Participant> participants,
		@Nullable Preview lastMessage, Instant lastActivityAt, int unreadCount) {

	/** The longest preview of a message's body. */
	public static final int PREVIEW_LENGTH = 140;

	/**
	 * A participant.
	 *
	 * @param id the account id
	 * @param displayName the name shown to others
	 * @param role CLIENT or EXPERT (the role in this conversation)
	 */
	public record Participant(UUID id, String displayName, String role) {
	}

	/**
	 * The start of the newest timeline entry.
	 *
	 * @param id the entry
	 * @param seq its seq
	 * @param type message or system event
	 * @param senderId the sender, {@code null} for a system event
	 * @param body the first {@value #PREVIEW_LENGTH} characters of the body
	 * @param sentAt when it was stored
	 */
	public record Preview(UUID id, long seq, MessageType type, @Nullable UUID senderId, String body, Instant sentAt) {
	}

}
