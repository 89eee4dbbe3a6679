package com.cadhire.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cadhire.chat.ChatMessage;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.ConversationSummary;
import com.cadhire.chat.MessagePosted;
import com.cadhire.chat.TimelineReader;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Times;
import com.cadhire.common.UserId;
import com.cadhire.hiring.OfferAnswered;
import com.cadhire.hiring.OfferSent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns chat messages into unread-message e-mails and watches offers for the warning
 * before they expire (the funnel's notifications are {@link FunnelNotifications}'). Each
 * listener runs after the publisher's commit in its own transaction and is retried by the
 * event publication registry if it fails; dedupe keys make a retry queue nothing twice.
 * The one exception is the digest line of an unread message: it is one statement in the
 * sending transaction, so a send does not pay three statements of the registry for it.
 */
@Component
class NotificationListeners {

	private final Notifier notifier;

	private final ConversationManagement chat;

	private final TimelineReader timeline;

	private final NotificationProperties properties;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final NotificationEmails emails;

	private final NotificationSettings settings;

	NotificationListeners(Notifier notifier, ConversationManagement chat, TimelineReader timeline,
			NotificationProperties properties, JdbcClient jdbc, ApplicationEventPublisher events,
			NotificationEmails emails, NotificationSettings settings) {
		this.emails = emails;
		this.settings = settings;
		this.notifier = notifier;
		this.chat = chat;
		this.timeline = timeline;
		this.properties = properties;
		this.jdbc = jdbc;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(OfferSent event) {
		// The notification itself is FunnelNotifications'. Watch it for the warning a day
		// before it expires; a newer version replaces it.
		this.jdbc.sql("DELETE FROM notification_offer_watch WHERE offer_id = ? AND offer_version <= ?")
			.params(event.offerId().value(), event.offerVersion())
			.update();
		this.jdbc.sql("""
				INSERT INTO notification_offer_watch (offer_id, offer_version, expert_id, sent_at, expires_at)
				SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM notification_offer_watch WHERE offer_id = ?)""")
			.params(event.offerId().value(), event.offerVersion(), event.expertId().value(), Times.sql(event.sentAt()),
					Times.sql(event.expiresAt()), event.offerId().value())
			.update();
	}

	@ApplicationModuleListener
	void on(OfferAnswered event) {
		// Events may arrive out of order: only a version sent before the answer is done.
		this.jdbc.sql("DELETE FROM notification_offer_watch WHERE offer_id = ? AND sent_at <= ?")
			.params(event.offerId().value(), Times.sql(event.at()))
			.update();
	}

	/**
	 * In the sending transaction: for each recipient who batches unread messages (the
	 * default) one statement adds the digest line; whoever wants an e-mail at once gets
	 * it after the commit, from {@link #on(UnreadMessageMail)}, retried by the registry.
	 * @param event the message
	 */
	@EventListener
	void on(MessagePosted event) {
		for (UUID recipient : event.participantIds()) {
			if (recipient.equals(event.senderId())) {
				continue;
			}
			if (this.notifier.pendingIfBatched(recipient, NotificationKind.UNREAD_MESSAGES, event.conversationId(),
					event.seq(), "unread:" + recipient + ":" + event.messageId(), dueAt())) {
				continue;
			}
			if (this.notifier.delivery(recipient, NotificationKind.UNREAD_MESSAGES) == Delivery.IMMEDIATE) {
				this.events.publishEvent(
						new UnreadMessageMail(event.conversationId(), event.messageId(), event.seq(), recipient));
			}
		}
	}

	@ApplicationModuleListener
	void on(UnreadMessageMail event) {
		emailNow(event, event.recipientId());
	}

	/**
	 * A message to e-mail to a recipient who chose {@link Delivery#IMMEDIATE}.
	 *
	 * @param conversationId the conversation
	 * @param messageId the message
	 * @param seq its seq
	 * @param recipientId who gets the e-mail
	 */
	record UnreadMessageMail(UUID conversationId, UUID messageId, long seq, UUID recipientId) {
	}

	private void emailNow(UnreadMessageMail event, UUID recipient) {
		List<ChatMessage> found;
		ConversationSummary conversation;
		try {
			found = this.timeline.messages(event.conversationId(), recipient, event.seq() - 1, null, 1).items();
			conversation = this.chat.conversation(event.conversationId(), UserId.of(recipient));
		}
		catch (NotFoundException ex) {
			return;
		}
		if (found.isEmpty()) {
			return;
		}
		NotificationEmails.Email email = this.emails.unread(conversation.title(),
				NotificationBatchJob.chatLink(conversation), found, this.settings.timeZone(recipient), true);
		this.notifier.email(recipient, NotificationKind.UNREAD_MESSAGES, email.subject(), email.text(), email.html(),
				"message:" + recipient + ":" + event.messageId());
	}

	private Instant dueAt() {
		return this.notifier.now().plus(this.properties.unreadDelay());
	}

}
