package com.cadhire.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.cadhire.accounts.Account;
import com.cadhire.accounts.AccountManagement;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Times;
import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Routes one notification by the recipient's choice for its kind: into the outbox now,
 * into the pending table for a batch, or nowhere.
 */
@Component
class Notifier {

	private final NotificationSettings settings;

	private final EmailOutbox outbox;

	private final AccountManagement accounts;

	private final NotificationProperties properties;

	private final NotificationEmails emails;

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifier(NotificationSettings settings, EmailOutbox outbox, AccountManagement accounts,
			NotificationProperties properties, NotificationEmails emails, JdbcClient jdbc, Clock clock) {
		this.settings = settings;
		this.outbox = outbox;
		this.accounts = accounts;
		this.properties = properties;
		this.emails = emails;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Delivery delivery(UUID recipientId, NotificationKind kind) {
		return this.settings.of(recipientId, kind);
	}

	/**
	 * Notifies someone as they chose: IMMEDIATE queues the e-mail, BATCHED adds a line to
	 * their next digest, OFF drops it.
	 */

	/**
	 * Notifies someone as they chose, with an HTML part besides the plain text when
	 * e-mailed right away (a digest has a line of text per notification, with its link).
	 */
	void notify(UUID recipientId, NotificationKind kind, String subject, String body, @Nullable String html,
			@Nullable String link, String dedupeKey) {
		switch (delivery(recipientId, kind)) {
			case IMMEDIATE -> email(recipientId, kind, subject, body, html, dedupeKey);
			case BATCHED -> pending(recipientId, kind, null, null, subject, link, dedupeKey,
					now().plus(this.properties.digestDelay()));
			case OFF -> {
			}
		}
	}

	/**
	 * Queues an e-mail to an account's address (once per dedupe key).
	 */
	void email(UUID recipientId, NotificationKind kind, String subject, String body, String dedupeKey) {
		email(recipientId, kind, subject, body, null, dedupeKey);
	}

	/**
	 * Queues an e-mail with a plain-text and, if given, an HTML part (once per dedupe
	 * key); both end with the footer that links to the notification settings.
	 */
	void email(UUID recipientId, NotificationKind kind, String subject, String body, @Nullable String html,
			String dedupeKey) {
		Account account;
		try {
			account = this.accounts.get(UserId.of(recipientId));
		}
		catch (NotFoundException ex) {
			return;
		}
		NotificationEmails.Footer footer = this.emails.footer();
		this.outbox.enqueue(recipientId, account.email(), kind, subject, body + "\n" + footer.text(),
				(html != null) ? html + footer.html() : null, dedupeKey, now());
	}

	/**
	 * Keeps a notification for a later batch (once per dedupe key).
	 */
	void pending(UUID recipientId, NotificationKind kind, @Nullable UUID conversationId, @Nullable Long seq,
			@Nullable String line, @Nullable String link, String dedupeKey, Instant dueAt) {
		// once per dedupe key: a repeat (a redelivered event) collides and changes
		// nothing,
		// in one statement and without a savepoint
		this.jdbc.sql("""
				INSERT INTO notification_pending (id, recipient_id, kind, conversation_id, seq, line, link,
				                                  dedupe_key, created_at, due_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(UUID.randomUUID(), recipientId, kind.name(), conversationId, seq,
					(line != null && line.length() > 2000) ? line.substring(0, 2000) : line, link, dedupeKey,
					Times.sql(now()), Times.sql(dueAt))
			.update();
	}

	/**
	 * Adds a line to someone's next digest if they chose {@link Delivery#BATCHED} for the
	 * kind (or left it at a default of BATCHED), in one statement that reads the choice
	 * and inserts; once per dedupe key.
	 * @return whether a line was added ({@code false}: another delivery was chosen, or
	 * the dedupe key was used before)
	 */
	boolean pendingIfBatched(UUID recipientId, NotificationKind kind, UUID conversationId, long seq, String dedupeKey,
			Instant dueAt) {
		return this.jdbc.sql("""
				INSERT INTO notification_pending (id, recipient_id, kind, conversation_id, seq, line, dedupe_key,
				                                  created_at, due_at)
				SELECT ?, ?, ?, ?, ?, NULL, ?, ?, ?
				WHERE COALESCE((SELECT delivery FROM notification_settings WHERE account_id = ? AND kind = ?), ?)
				    = 'BATCHED'
				ON CONFLICT DO NOTHING""")
			.params(UUID.randomUUID(), recipientId, kind.name(), conversationId, seq, dedupeKey, Times.sql(now()),
					Times.sql(dueAt), recipientId, kind.name(), kind.byDefault().name())
			.update() > 0;
	}

	String name(UUID accountId) {
		return this.accounts.summary(UserId.of(accountId)).map((summary) -> summary.displayName()).orElse("Someone");
	}

	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
