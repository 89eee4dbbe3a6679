package com.cadhire.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.cadhire.chat.Messages.MessageRow;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.RuleViolationException;
import com.cadhire.moderation.ContactCases;
import com.cadhire.moderation.ContactPolicy;
import com.cadhire.screening.Finding;
import com.cadhire.screening.Surface;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts messages to conversations: checks them, screens them for contact information,
 * stores them once per client message id, attaches files, and tells the participants.
 */
@Service
public class MessageSending {

	/** How far back the sender's messages are screened together with a new one. */
	private static final Duration SPLIT_WINDOW = Duration.ofMinutes(10);

	/** How many of the sender's recent messages are screened together with a new one. */
	private static final int SPLIT_MESSAGES = 5;

	private final Conversations conversations;

	private final Messages messages;

	private final TimelineAppender timeline;

	private final MessageViews views;

	private final AttachmentManagement attachments;

	private final ContactPolicy contactPolicy;

	private final ContactCases contactCases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MessageSending(Conversations conversations, Messages messages, TimelineAppender timeline, MessageViews views,
			AttachmentManagement attachments, ContactPolicy contactPolicy, ContactCases contactCases,
			ApplicationEventPublisher events, Clock clock) {
		this.conversations = conversations;
		this.messages = messages;
		this.timeline = timeline;
		this.views = views;
		this.attachments = attachments;
		this.contactPolicy = contactPolicy;
		this.contactCases = contactCases;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Posts a message as a participant, doing what the command says if it carries contact
	 * information: refuse it (422 with the findings), send it masked, or hold it for a
	 * moderator (delivered masked until released); optionally as a reply to (a quote of)
	 * an earlier entry of the same conversation, and with files uploaded before with
	 * {@link AttachmentManagement#upload}. The body may be blank when files are attached.
	 * <p>
	 * The same {@code (conversation, sender, clientMessageId)} again returns the message
	 * stored first (whatever the body of the repeat), attaches nothing and never stores a
	 * second one, also when the repeats arrive at once.
	 * @param command what to send
	 * @return the message as participants see it, and whether this call stored it
	 * @throws NotFoundException if the conversation does not exist or the sender does not
	 * take part in it
	 */
	@Transactional
	public SendResult send(SendMessage command) {
		return append(command);
	}

	private SendResult append(SendMessage command) {
		UUID conversationId = command.conversationId();
		UUID senderId = command.senderId();
		String body = command.body();
		String clientMessageId = command.clientMessageId();
		if (body.isBlank() && command.attachmentIds().isEmpty()) {
			throw RuleViolationException.field("body", "body must not be blank.");
		}
		if (body.length() > SendMessage.MAX_BODY) {
			throw RuleViolationException.field("body", "Keep the message to " + SendMessage.MAX_BODY + " characters.");
		}
		if (clientMessageId != null
				&& (clientMessageId.isEmpty() || clientMessageId.length() > SendMessage.MAX_CLIENT_MESSAGE_ID)) {
			throw RuleViolationException.field("clientMessageId",
					"clientMessageId must be 1 to " + SendMessage.MAX_CLIENT_MESSAGE_ID + " characters long.");
		}
		List<UUID> participants = this.conversations.participantIds(conversationId);
		if (!participants.contains(senderId)) {
			throw new NotFoundException("conversation");
		}
		Instant now = ChatTime.now(this.clock);
		// Screened with the sender's last messages of the last 10 minutes, so a number
		// split over several messages is found and attributed to the newest.
		UUID counterpart = participants.stream().filter((p) -> !p.equals(senderId)).findFirst().orElse(null);
		List<Finding> findings = this.contactPolicy.screenMessage(senderId, counterpart, body,
				this.messages.recentBodies(conversationId, senderId, now.minus(SPLIT_WINDOW), SPLIT_MESSAGES));
		String stored = body;
		if (!findings.isEmpty()) {
			if (command.handling() == ContactHandling.REFUSE) {
				throw ContactPolicy.refusal("body", findings);
			}
			stored = this.contactPolicy.mask(body, findings);
		}
		long seq = this.timeline.lockLastSeq(conversationId) + 1;
		Long replyToSeq = command.replyToSeq();
		// seqs are dense, so every seq from 1 to the last one exists
		if (replyToSeq != null && (replyToSeq < 1 || replyToSeq >= seq)) {
			throw RuleViolationException.field("replyToSeq", "replyToSeq must be the seq of an earlier entry of this"
					+ " conversation (1 to " + (seq - 1) + ").");
		}
		// A repeat of an earlier send (the same client message id) collides with its row
		// and is answered with it; inside the lock, a concurrent send with the same key
		// has committed by now.
		MessageRow row = new MessageRow(UUID.randomUUID(), conversationId, seq, MessageType.MESSAGE, senderId, stored,
				null, null, clientMessageId, ChatTime.now(this.clock), replyToSeq);
		try {
			this.timeline.insert(row);
		}
		catch (DuplicateKeyException ex) {
			// The unique constraints are the backstop of the lock; never a second
			// message.
			if (clientMessageId != null) {
				Optional<MessageRow> earlier = this.messages.findBySenderAndClientId(conversationId, senderId,
						clientMessageId);
				if (earlier.isPresent()) {
					return new SendResult(this.views.of(List.of(earlier.get())).get(0), false);
				}
			}
			throw ex;
		}
		this.attachments.attach(conversationId, senderId, row.id(), command.attachmentIds(), row.sentAt());
		if (!findings.isEmpty()) {
			this.contactCases.open(
					(command.handling() == ContactHandling.HOLD) ? ContactCases.Mode.HELD : ContactCases.Mode.MASKED,
					Surface.MESSAGE, senderId, conversationId, row.id(), body, stored, findings);
		}
		// built from what the send has (a new message sent without files has none), and
		// remembered for the listeners that deliver it in this transaction
		ChatMessage sent = this.views.of(List.of(row), !command.attachmentIds().isEmpty()).get(0);
		this.views.remember(sent);
		this.events.publishEvent(
				new MessagePosted(conversationId, row.id(), seq, senderId, Set.copyOf(participants), row.sentAt()));
		return new SendResult(sent, true);
	}

}
