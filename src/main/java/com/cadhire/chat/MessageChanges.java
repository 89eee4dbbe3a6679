package com.cadhire.chat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.cadhire.chat.Messages.MessageRow;
import com.cadhire.common.ConflictException;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.RuleViolationException;
import com.cadhire.moderation.ContactCaseReleased;
import com.cadhire.moderation.ContactPolicy;
import com.cadhire.screening.Finding;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to messages after they were sent: their authors edit or delete them within the
 * {@link EditWindow}, and a moderator's release shows a held message's original text.
 */
@Service
public class MessageChanges {

	private final Conversations conversations;

	private final Messages messages;

	private final TimelineAppender timeline;

	private final MessageViews views;

	private final ContactPolicy contactPolicy;

	private final EditWindow editWindow;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MessageChanges(Conversations conversations, Messages messages, TimelineAppender timeline, MessageViews views,
			ContactPolicy contactPolicy, EditWindow editWindow, ApplicationEventPublisher events, Clock clock) {
		this.conversations = conversations;
		this.messages = messages;
		this.timeline = timeline;
		this.views = views;
		this.contactPolicy = contactPolicy;
		this.editWindow = editWindow;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Replaces the text of one's own message, within the edit window after sending it.
	 * Everyone sees the new text and when it was edited.
	 * @param conversationId the conversation
	 * @param userId the author
	 * @param messageId the message
	 * @param body the new text, not blank, at most {@link SendMessage#MAX_BODY}
	 * characters
	 * @return the message as participants now see it
	 * @throws NotFoundException if the caller does not take part or there is no such
	 * message in the conversation
	 * @throws ForbiddenException if it is someone else's message or a system event
	 * @throws ConflictException if the window has passed or the message was deleted
	 */
	@Transactional
	public ChatMessage edit(UUID conversationId, UUID userId, UUID messageId, String body) {
		if (body.isBlank()) {
			throw RuleViolationException.field("body", "body must not be blank.");
		}
		if (body.length() > SendMessage.MAX_BODY) {
			throw RuleViolationException.field("body", "Keep the message to " + SendMessage.MAX_BODY + " characters.");
		}
		MessageRow row = ownChangeableMessage(conversationId, userId, messageId, "edited");
		UUID counterpart = this.conversations.participantIds(conversationId)
			.stream()
			.filter((p) -> !p.equals(userId))
			.findFirst()
			.orElse(null);
		List<Finding> findings = this.contactPolicy.screenMessage(userId, counterpart, body, List.of());
		if (!findings.isEmpty()) {
			throw ContactPolicy.refusal("body", findings);
		}
		if (!this.messages.edit(messageId, body, ChatTime.now(this.clock))) {
			throw new ConflictException("message-deleted", "The message was deleted meanwhile.", null);
		}
		return changed(row, false);
	}

	/**
	 * Deletes one's own message, within the edit window after sending it. Everyone sees
	 * that it was deleted, no longer what it said.
	 * @param conversationId the conversation
	 * @param userId the author
	 * @param messageId the message
	 * @return the message as participants now see it
	 * @throws NotFoundException if the caller does not take part or there is no such
	 * message in the conversation
	 * @throws ForbiddenException if it is someone else's message or a system event
	 * @throws ConflictException if the window has passed or it was deleted already
	 */
	@Transactional
	public ChatMessage delete(UUID conversationId, UUID userId, UUID messageId) {
		MessageRow row = ownChangeableMessage(conversationId, userId, messageId, "deleted");
		// the conversation's lock keeps sends and read pointers from changing the unread
		// counts meanwhile
		this.timeline.lockLastSeq(conversationId);
		if (!this.messages.delete(messageId, ChatTime.now(this.clock))) {
			throw new ConflictException("message-deleted", "The message was deleted already.", null);
		}
		this.conversations.forgetUnread(conversationId, row.seq(), userId);
		return changed(row, true);
	}

	private MessageRow ownChangeableMessage(UUID conversationId, UUID userId, UUID messageId, String verb) {
		if (!this.conversations.isParticipant(conversationId, userId)) {
			throw new NotFoundException("conversation");
		}
		MessageRow row = this.messages.find(conversationId, messageId)
			.orElseThrow(() -> new NotFoundException("message"));
		if (row.type() != MessageType.MESSAGE || !userId.equals(row.senderId())) {
			throw new ForbiddenException("Only the author of a message may change it.");
		}
		if (row.deletedAt() != null) {
			throw new ConflictException("message-deleted", "The message was deleted already.", null);
		}
		if (!this.editWindow.isOpen(row.sentAt())) {
			throw new ConflictException("edit-window-passed", "A message can be " + verb + " only within "
					+ this.editWindow.length().toMinutes() + " minutes after it was sent.", null);
		}
		return row;
	}

	private ChatMessage changed(MessageRow row, boolean deleted) {
		this.events.publishEvent(new MessageUpdated(row.conversationId(), row.id(), row.seq(), deleted,
				Set.copyOf(this.conversations.participantIds(row.conversationId()))));
		return this.views.entry(row.conversationId(), row.id());
	}

	/**
	 * A moderator released a held or masked message: participants see the original text
	 * again. Runs in the moderator's transaction.
	 * @param event the release
	 */
	@EventListener
	void on(ContactCaseReleased event) {
		if (event.messageId() == null || event.conversationId() == null) {
			return;
		}
		this.messages.replaceBody(event.messageId(), event.original());
		List<UUID> participants = this.conversations.participantIds(event.conversationId());
		this.events
			.publishEvent(new MessageReleased(event.conversationId(), event.messageId(), Set.copyOf(participants)));
	}

}
