package com.cadhire.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.cadhire.common.Times;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code email_outbox} table: queues each e-mail once (by its dedupe key), claims due
 * ones for sending, and lists them for the developers' mailbox.
 */
@Repository
class EmailOutbox {

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	EmailOutbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Queues an e-mail unless one with the same dedupe key was queued before.
	 * @return whether it was queued now
	 */
	boolean enqueue(UUID recipientId, String to, NotificationKind kind, String subject, String body, String dedupeKey,
			Instant now) {
		return enqueue(recipientId, to, kind.name(), subject, body, null, dedupeKey, now);
	}

	/**
	 * Queues an e-mail of a kind with a plain-text and (if given) an HTML part unless one
	 * with the same dedupe key was queued before.
	 * @return whether it was queued now
	 */
	boolean enqueue(UUID recipientId, String to, NotificationKind kind, String subject, String body,
			@Nullable String html, String dedupeKey, Instant now) {
		return enqueue(recipientId, to, kind.name(), subject, body, html, dedupeKey, now);
	}

	/**
	 * Queues an e-mail of any kind, including kinds nobody can turn off (such as account
	 * notices), unless one with the same dedupe key was queued before.
	 * @return whether it was queued now
	 */
	boolean enqueue(UUID recipientId, String to, String kind, String subject, String body, String dedupeKey,
			Instant now) {
		return enqueue(recipientId, to, kind, subject, body, null, dedupeKey, now);
	}

	private boolean enqueue(UUID recipientId, String to, String kind, String subject, String body,
			@Nullable String html, String dedupeKey, Instant now) {
		if (this.jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE dedupe_key = ?")
			.param(dedupeKey)
			.query(Integer.class)
			.single() > 0) {
			return false;
		}
		try {
			// In a savepoint: the unique key catches a concurrent enqueue, and on
			// PostgreSQL its violation would otherwise spoil the caller's transaction.
			return Boolean.TRUE.equals(this.savepoint.execute((status) -> this.jdbc.sql("""
					INSERT INTO email_outbox (id, recipient_id, to_address, kind, subject, body, html_body, status,
					                          attempts, next_attempt_at, created_at, dedupe_key)
					VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""")
				.params(UUID.randomUUID(), recipientId, to, kind, abbreviate(subject, 300), abbreviate(body, 20_000),
						(html != null && html.length() <= 40_000) ? html : null, Times.sql(now), Times.sql(now),
						dedupeKey)
				.update() > 0));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Locks up to {@code limit} due e-mails that no other node holds; the caller's
	 * transaction keeps them until it ends.
	 */
	List<OutboxRow> claimDue(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT id, to_address, subject, body, html_body, attempts FROM email_outbox
				WHERE status = 'PENDING' AND next_attempt_at <= ?
				ORDER BY next_attempt_at LIMIT ?
				FOR UPDATE SKIP LOCKED""")
			.params(Times.sql(now), limit)
			.query((rs, n) -> new OutboxRow(rs.getObject("id", UUID.class), rs.getString("to_address"),
					rs.getString("subject"), rs.getString("body"), rs.getString("html_body"), rs.getInt("attempts")))
			.list();
	}

	void markSent(UUID id, Instant at) {
		this.jdbc.sql("UPDATE email_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ? WHERE id = ?")
			.params(Times.sql(at), id)
			.update();
	}

	void markFailedAttempt(UUID id, boolean giveUp, Instant nextAttemptAt, String error) {
		this.jdbc.sql("""
				UPDATE email_outbox SET attempts = attempts + 1, status = ?, next_attempt_at = ?, last_error = ?
				WHERE id = ?""")
			.params(giveUp ? "FAILED" : "PENDING", Times.sql(nextAttemptAt), abbreviate(error, 1000), id)
			.update();
	}

	/**
	 * @return the newest e-mails, newest first
	 */
	List<StoredEmail> newest(@Nullable String to, int limit) {
		String filter = (to != null) ? "WHERE to_address = :to " : "";
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				SELECT to_address, kind, subject, body, status, attempts, created_at, sent_at FROM email_outbox
				""" + filter + "ORDER BY created_at DESC, id DESC LIMIT :limit").param("limit", limit);
		if (to != null) {
			statement = statement.param("to", to);
		}
		return statement
			.query((rs, n) -> new StoredEmail(rs.getString("to_address"), rs.getString("kind"), rs.getString("subject"),
					rs.getString("body"), rs.getString("status"), rs.getInt("attempts"),
					Objects.requireNonNull(Times.instant(rs, "created_at")), Times.instant(rs, "sent_at")))
			.list();
	}

	private static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	record OutboxRow(UUID id, String to, String subject, String body, @Nullable String html, int attempts) {
	}

	record StoredEmail(String to, String kind, String subject, String body, String status, int attempts,
			Instant createdAt, @Nullable Instant sentAt) {
	}

}
