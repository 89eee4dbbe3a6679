package com.cadhire.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cadhire.chat.ChatMessage;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.ConversationSummary;
import com.cadhire.chat.MessageType;
import com.cadhire.chat.ReadPointers;
import com.cadhire.chat.TimelineReader;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Times;
import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due BATCHED notifications into e-mails, and warns experts of offers expiring
 * within a day. Runs on every node: each group of pending rows is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and deleted in the transaction that queues its e-mail.
 * Tests call {@link #run()} after moving the clock.
 */
@Component
public class NotificationBatchJob {

	private static final int GROUPS = 100;

	private static final int MAX_ROUNDS = 20;

	private static final int MAX_MESSAGES = 50;

	private final JdbcClient jdbc;

	private final Notifier notifier;

	private final ConversationManagement chat;

	private final ReadPointers readPointers;

	private final TimelineReader timeline;

	private final NotificationProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final FunnelNotifications funnel;

	private final NotificationEmails emails;

	private final NotificationSettings settings;

	NotificationBatchJob(JdbcClient jdbc, Notifier notifier, ConversationManagement chat, ReadPointers readPointers,
			TimelineReader timeline, NotificationProperties properties, Clock clock,
			PlatformTransactionManager transactionManager, FunnelNotifications funnel, NotificationEmails emails,
			NotificationSettings settings) {
		this.emails = emails;
		this.settings = settings;
		this.funnel = funnel;
		this.jdbc = jdbc;
		this.notifier = notifier;
		this.chat = chat;
		this.readPointers = readPointers;
		this.timeline = timeline;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Queues the e-mails of everything due now.
	 * @return how many e-mails were queued
	 */
	@Scheduled(fixedDelayString = "${cadhire.notifications.batch-interval:PT30S}",
			initialDelayString = "${cadhire.notifications.batch-initial-delay:PT30S}")
	public int run() {
		int queued = 0;
		// Rounds of GROUPS until nothing more is due; bounded, as groups another node
		// holds
		// stay due until it is done with them.
		for (int round = 0; round < MAX_ROUNDS; round++) {
			Batch batch = new Batch(unreadMessages(), digests(), expiringOffers());
			queued += batch.queued();
			if (!batch.full()) {
				break;
			}
		}
		return queued;
	}

	private Counted unreadMessages() {
		Instant now = this.clock.instant();
		List<Group> groups = this.jdbc.sql("""
				SELECT DISTINCT recipient_id, conversation_id FROM notification_pending
				WHERE kind = 'UNREAD_MESSAGES' AND due_at <= ? LIMIT ?""")
			.params(Times.sql(now), GROUPS)
			.query((rs, n) -> new Group(rs.getObject("recipient_id", UUID.class),
					rs.getObject("conversation_id", UUID.class)))
			.list();
		int queued = 0;
		for (Group group : groups) {
			Boolean sent = this.transactions.execute((status) -> unreadMessages(group));
			queued += Boolean.TRUE.equals(sent) ? 1 : 0;
		}
		return new Counted(groups.size(), queued);
	}

	/**
	 * One e-mail for one recipient and conversation with every message still unread, the
	 * ones not due yet included (they would otherwise follow in a second e-mail moments
	 * later).
	 */
	private boolean unreadMessages(Group group) {
		List<Pending> rows = lock("recipient_id = ? AND conversation_id = ? AND kind = 'UNREAD_MESSAGES'",
				group.recipientId(), group.conversationId());
		if (rows.isEmpty()) {
			return false;
		}
		delete(rows);
		UUID conversationId = java.util.Objects.requireNonNull(group.conversationId());
		if (!this.chat.participantIds(conversationId).contains(group.recipientId())) {
			// the conversation is gone or the recipient left it: drop the lines (asked
			// this way, not by catching the chat's not-found, which would mark this
			// transaction rollback-only and keep the lines for ever)
			return false;
		}
		long readUpTo;
		ConversationSummary conversation;
		try {
			readUpTo = this.readPointers.readPointer(conversationId, group.recipientId());
			conversation = this.chat.conversation(conversationId, UserId.of(group.recipientId()));
		}
		catch (NotFoundException ex) {
			return false;
		}
		Set<Long> unread = rows.stream()
			.map(Pending::seq)
			.filter((seq) -> seq != null && seq > readUpTo)
			.collect(Collectors.toSet());
		if (unread.isEmpty()) {
			return false;
		}
		long first = unread.stream().min(Comparator.naturalOrder()).orElseThrow();
		long last = unread.stream().max(Comparator.naturalOrder()).orElseThrow();
		List<ChatMessage> messages = this.timeline
			.messages(conversationId, group.recipientId(), first - 1, null, MAX_MESSAGES)
			.items()
			.stream()
			.filter((message) -> message.type() == MessageType.MESSAGE && unread.contains(message.seq()))
			.toList();
		if (messages.isEmpty()) {
			return false;
		}
		NotificationEmails.Email email = this.emails.unread(conversation.title(), chatLink(conversation), messages,
				this.settings.timeZone(group.recipientId()), false);
		this.notifier.email(group.recipientId(), NotificationKind.UNREAD_MESSAGES, email.subject(), email.text(),
				email.html(), "unread:" + group.recipientId() + ":" + conversationId + ":" + last);
		return true;
	}

	private Counted digests() {
		Instant now = this.clock.instant();
		List<UUID> recipients = this.jdbc.sql("""
				SELECT DISTINCT recipient_id FROM notification_pending
				WHERE kind <> 'UNREAD_MESSAGES' AND due_at <= ? LIMIT ?""")
			.params(Times.sql(now), GROUPS)
			.query(UUID.class)
			.list();
		int queued = 0;
		for (UUID recipient : recipients) {
			Boolean sent = this.transactions.execute((status) -> {
				List<Pending> rows = lock("recipient_id = ? AND kind <> 'UNREAD_MESSAGES'", recipient);
				if (rows.isEmpty()) {
					return false;
				}
				delete(rows);
				List<NotificationEmails.DigestLine> lines = rows.stream()
					.filter((row) -> row.line() != null)
					.map((row) -> new NotificationEmails.DigestLine(java.util.Objects.requireNonNull(row.line()),
							row.link()))
					.toList();
				NotificationEmails.Email email = this.emails.digest(lines);
				String first = rows.stream().map((row) -> row.id().toString()).sorted().findFirst().orElseThrow();
				this.notifier.email(recipient, NotificationKind.valueOf(rows.get(0).kind()), email.subject(),
						email.text(), email.html(), "digest:" + recipient + ":" + first);
				return true;
			});
			queued += Boolean.TRUE.equals(sent) ? 1 : 0;
		}
		return new Counted(recipients.size(), queued);
	}

	private Counted expiringOffers() {
		Instant now = this.clock.instant();
		List<Watched> expiring = this.jdbc.sql("""
				SELECT offer_id, offer_version, expert_id, expires_at FROM notification_offer_watch
				WHERE expires_at <= ? ORDER BY expires_at LIMIT ?""")
			.params(Times.sql(now.plus(this.properties.offerWarning())), GROUPS)
			.query((rs, n) -> new Watched(rs.getObject("offer_id", UUID.class), rs.getInt("offer_version"),
					rs.getObject("expert_id", UUID.class),
					java.util.Objects.requireNonNull(Times.instant(rs, "expires_at"))))
			.list();
		int queued = 0;
		for (Watched offer : expiring) {
			Boolean sent = this.transactions.execute((status) -> {
				int claimed = this.jdbc
					.sql("DELETE FROM notification_offer_watch WHERE offer_id = ? AND offer_version = ?")
					.params(offer.offerId(), offer.version())
					.update();
				if (claimed == 0 || !offer.expiresAt().isAfter(now)) {
					return false;
				}
				this.funnel.offerExpiring(offer.offerId(), offer.version(), offer.expertId(), offer.expiresAt());
				return true;
			});
			queued += Boolean.TRUE.equals(sent) ? 1 : 0;
		}
		return new Counted(expiring.size(), queued);
	}

	private List<Pending> lock(String condition, Object... params) {
		return this.jdbc
			.sql("SELECT id, kind, seq, line, link FROM notification_pending WHERE " + condition
					+ " ORDER BY created_at FOR UPDATE SKIP LOCKED")
			.params(params)
			.query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getString("kind"),
					(Long) rs.getObject("seq", Long.class), rs.getString("line"), rs.getString("link")))
			.list();
	}

	private void delete(List<Pending> rows) {
		this.jdbc.sql("DELETE FROM notification_pending WHERE id IN (:ids)")
			.param("ids", rows.stream().map(Pending::id).toList())
			.update();
	}

	/**
	 * @param conversation a conversation
	 * @return the page of its chat: the application's, at the chat
	 */
	static String chatLink(ConversationSummary conversation) {
		return "/applications/" + conversation.applicationId() + "#chat";
	}

	private record Counted(int found, int queued) {
	}

	private record Batch(Counted unread, Counted digests, Counted offers) {

		int queued() {
			return this.unread.queued() + this.digests.queued() + this.offers.queued();
		}

		boolean full() {
			return this.unread.found() == GROUPS || this.digests.found() == GROUPS || this.offers.found() == GROUPS;
		}

	}

	private record Group(UUID recipientId, @Nullable UUID conversationId) {
	}

	private record Pending(UUID id, String kind, @Nullable Long seq, @Nullable String line, @Nullable String link) {
	}

	private record Watched(UUID offerId, int version, UUID expertId, Instant expiresAt) {
	}

}
