package com.cadhire.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.common.Keyset;
import com.cadhire.common.Cursor;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.Times;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everyone's notification center: stores each notification once per recipient (by its
 * dedupe key) in the transaction of the change, lists them newest first, marks them read
 * and deletes them after {@link NotificationCenterSettings#retention()}. Every read is
 * scoped to the recipient.
 */
@Service
public class NotificationCenter {

	/** Unread counts stop at this; the bell shows "99+" from here on. */
	public static final int UNREAD_CAP = 100;

	private static final int MAX_DETAIL = 2000;

	private static final int MAX_NAME = 200;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final NotificationCenterSettings settings;

	private final Clock clock;

	private final TransactionTemplate savepoint;

	NotificationCenter(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages,
			NotificationCenterSettings settings, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Stores a notification unless one with the same dedupe key exists, and tells the
	 * recipient's open pages.
	 * @return the notification stored now, or empty if it was stored before
	 */
	Optional<Notification> record(UUID recipientId, NotificationKind kind, @Nullable String actorName,
			@Nullable String jobTitle, @Nullable String detail, String link, String dedupeKey) {
		if (this.jdbc.sql("SELECT COUNT(*) FROM notifications WHERE dedupe_key = ?")
			.param(dedupeKey)
			.query(Integer.class)
			.single() > 0) {
			return Optional.empty();
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String actor = cut(actorName, MAX_NAME);
		String job = cut(jobTitle, MAX_NAME);
		String line = cut(detail, MAX_DETAIL);
		try {
			// In a savepoint: the unique key catches a concurrent insert without spoiling
			// the caller's transaction on PostgreSQL.
			this.savepoint.executeWithoutResult((status) -> this.jdbc.sql("""
					INSERT INTO notifications (id, recipient_id, kind, actor_name, job_title, detail, link, created_at,
					                           dedupe_key)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, recipientId, kind.name(), actor, job, line, link, Times.sql(now), dedupeKey)
				.update());
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
		Notification notification = new Notification(id, kind, text(kind, actor, job), actor, job, line, link, now,
				false);
		this.events.publishEvent(new NotificationCreated(notification, recipientId, unread(recipientId)));
		return Optional.of(notification);
	}

	/**
	 * @param recipientId whose notifications
	 * @param cursor where the previous page ended, or {@code null}
	 * @param limit the page size
	 * @return their notifications, newest first
	 */
	@Transactional(readOnly = true)
	public Page<Notification> list(UUID recipientId, @Nullable Cursor cursor, int limit) {
		String keyset = Keyset.newestFirst(cursor, "created_at", "id");
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				SELECT id, kind, actor_name, job_title, detail, link, created_at, read_at FROM notifications
				WHERE recipient_id = :me%s ORDER BY created_at DESC, id DESC LIMIT :limit""".formatted(keyset))
			.param("me", recipientId)
			.param("limit", limit + 1);
		statement = Keyset.bind(statement, cursor);
		List<Notification> rows = statement.query((rs, n) -> {
			NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
			String actor = rs.getString("actor_name");
			String job = rs.getString("job_title");
			return new Notification(rs.getObject("id", UUID.class), kind, text(kind, actor, job), actor, job,
					rs.getString("detail"), rs.getString("link"),
					Objects.requireNonNull(Times.instant(rs, "created_at")), Times.instant(rs, "read_at") != null);
		}).list();
		return Page.of(rows, limit, (row) -> new Cursor(row.createdAt(), row.id()));
	}

	/**
	 * @param recipientId whose notifications
	 * @return how many are unread, at most {@link #UNREAD_CAP}
	 */
	@Transactional(readOnly = true)
	public int unread(UUID recipientId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM (
				  SELECT 1 FROM notifications WHERE recipient_id = ? AND read_at IS NULL LIMIT ?
				) unread""").params(recipientId, UNREAD_CAP).query(Integer.class).single();
	}

	/**
	 * Marks one of the caller's notifications read (again is fine).
	 * @throws NotFoundException if the caller has no such notification
	 */
	@Transactional
	public void markRead(UUID recipientId, UUID notificationId) {
		int found = this.jdbc.sql("""
				UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND recipient_id = ?""")
			.params(Times.sql(this.clock.instant()), notificationId, recipientId)
			.update();
		if (found == 0) {
			throw new NotFoundException("notification");
		}
		this.events.publishEvent(new NotificationsRead(recipientId, unread(recipientId)));
	}

	/**
	 * Opens one of the caller's notifications: marks it read.
	 * @return the page path it links to
	 * @throws NotFoundException if the caller has no such notification
	 */
	@Transactional
	public String open(UUID recipientId, UUID notificationId) {
		String link = this.jdbc.sql("SELECT link FROM notifications WHERE id = ? AND recipient_id = ?")
			.params(notificationId, recipientId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("notification"));
		markRead(recipientId, notificationId);
		return link;
	}

	/**
	 * Marks all of the caller's notifications read.
	 * @return how many were unread
	 */
	@Transactional
	public int markAllRead(UUID recipientId) {
		int changed = this.jdbc.sql("UPDATE notifications SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL")
			.params(Times.sql(this.clock.instant()), recipientId)
			.update();
		this.events.publishEvent(new NotificationsRead(recipientId, 0));
		return changed;
	}

	/**
	 * Deletes notifications older than the retention.
	 * @return how many were deleted
	 */
	@Scheduled(fixedDelayString = "${cadhire.notifications.prune-interval:PT1H}",
			initialDelayString = "${cadhire.notifications.prune-interval:PT1H}")
	@Transactional
	public int prune() {
		Instant before = this.clock.instant().minus(this.settings.retention());
		return this.jdbc.sql("DELETE FROM notifications WHERE created_at < ?").param(Times.sql(before)).update();
	}

	/**
	 * @return the sentence people read for a notification
	 */
	String text(NotificationKind kind, @Nullable String actorName, @Nullable String jobTitle) {
		return this.messages.getMessage("notification.text." + kind.name(),
				new Object[] { (actorName != null) ? actorName : "", (jobTitle != null) ? jobTitle : "" },
				Locale.ENGLISH);
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
