package com.cadhire.live;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.cadhire.common.Times;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-user event log, with plain SQL.
 * <p>
 * Ids are allocated from a counter row per user:
 * {@code UPDATE ... SET last_id = last_id +
 * n} takes the row's lock until the transaction ends, so the writers of one user queue up
 * (and only they), and ids become visible strictly in order without gaps. Appending for
 * one user is two indexed statements: bump the counter (which returns the new value as a
 * generated key, on H2 and PostgreSQL alike), and insert the events; the events of all
 * the users of one transaction are inserted in one statement.
 */
@Repository
class EventLog {

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	EventLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Appends events for one user; the caller's transaction must be active, and holds the
	 * user's counter lock until it ends. Callers that append for several users in one
	 * transaction do so in ascending user order, so two transactions never wait for each
	 * other's locks in opposite orders.
	 * @param userId the user
	 * @param events the events, in order
	 * @param at when they happened
	 */
	void append(UUID userId, List<Pending> events, Instant at) {
		appendAll(Map.of(userId, events), at);
	}

	/**
	 * Appends events for several users: their counters are moved on one by one in the
	 * map's order (callers pass ascending user ids), then all events are inserted in one
	 * statement. The caller's transaction must be active.
	 * @param byUser the events of each user, in order
	 * @param at when they happened
	 */
	void appendAll(Map<UUID, List<Pending>> byUser, Instant at) {
		List<Object> params = new ArrayList<>();
		int rows = 0;
		for (Map.Entry<UUID, List<Pending>> entry : byUser.entrySet()) {
			UUID userId = entry.getKey();
			List<Pending> events = entry.getValue();
			int n = events.size();
			if (n == 0) {
				continue;
			}
			long last = reserve(userId, n);
			for (int i = 0; i < n; i++) {
				Pending event = events.get(i);
				params.addAll(
						List.of(userId, last - n + 1 + i, event.name(), event.data(), event.unread(), Times.sql(at)));
				rows++;
			}
		}
		if (rows == 0) {
			return;
		}
		StringBuilder sql = new StringBuilder(
				"INSERT INTO live_events (user_id, id, name, data, unread, created_at) VALUES ");
		for (int i = 0; i < rows; i++) {
			sql.append((i == 0) ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
		}
		this.jdbc.sql(sql.toString()).params(params).update();
	}

	/**
	 * Moves a user's counter on by {@code n}, creating it for the user's first event.
	 * @return the counter's new value: the events get the ids up to it
	 */
	private long reserve(UUID userId, int n) {
		Long bumped = bump(userId, n);
		if (bumped == null) {
			try {
				// The user's first event ever. A concurrent first insert makes this one
				// fail; the savepoint keeps the transaction usable for the retry.
				this.savepoint.executeWithoutResult(
						(status) -> this.jdbc.sql("INSERT INTO live_event_counters (user_id, last_id) VALUES (?, ?)")
							.params(userId, n)
							.update());
				bumped = (long) n;
			}
			catch (DuplicateKeyException ex) {
				bumped = bump(userId, n);
				if (bumped == null) {
					throw ex;
				}
			}
		}
		return bumped;
	}

	/**
	 * Moves a user's counter on by {@code n}.
	 * @return the counter's new value, {@code null} if the user has no counter yet
	 */
	private @Nullable Long bump(UUID userId, int n) {
		KeyHolder keys = new GeneratedKeyHolder();
		int updated = this.jdbc.sql("UPDATE live_event_counters SET last_id = last_id + ? WHERE user_id = ?")
			.params(n, userId)
			.update(keys, "last_id");
		if (updated == 0) {
			return null;
		}
		Number value = keys.getKey();
		return (value != null) ? value.longValue() : null;
	}

	/**
	 * @param userId a user
	 * @return the id of their newest event, 0 if they never had one
	 */
	long lastId(UUID userId) {
		return Objects.requireNonNull(this.jdbc.sql("SELECT last_id FROM live_event_counters WHERE user_id = ?")
			.param(userId)
			.query(Long.class)
			.optional()
			.orElse(0L));
	}

	/**
	 * @return up to {@code limit} events of a user after an id, in id order (primary key
	 * range scan)
	 */
	List<Logged> after(UUID userId, long afterId, int limit) {
		return this.jdbc
			.sql("SELECT id, name, data, unread, created_at FROM live_events WHERE user_id = ? AND id > ? ORDER BY id"
					+ " LIMIT ?")
			.params(userId, afterId, limit)
			.query((rs, n) -> new Logged(rs.getLong("id"), rs.getString("name"), rs.getString("data"),
					rs.getBoolean("unread"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The events of many users after an id each, in one statement (a primary key range
	 * scan per user): ids are dense, so the range {@code (after, after + limit]} holds at
	 * most {@code limit} events.
	 * @param afterByUser the id after which to read, per user
	 * @param limit the most events per user
	 * @return the events of each user that has any, in id order
	 */
	Map<UUID, List<Logged>> afterAll(Map<UUID, Long> afterByUser, int limit) {
		Map<UUID, List<Logged>> byUser = new java.util.HashMap<>();
		if (afterByUser.isEmpty()) {
			return byUser;
		}
		StringBuilder sql = new StringBuilder();
		List<Object> params = new ArrayList<>();
		afterByUser.forEach((userId, after) -> {
			sql.append(sql.isEmpty() ? "" : " UNION ALL ")
				.append("SELECT user_id, id, name, data, unread, created_at FROM live_events"
						+ " WHERE user_id = ? AND id > ? AND id <= ?");
			params.addAll(List.of(userId, after, after + limit));
		});
		this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> Map.entry(rs.getObject("user_id", UUID.class),
					new Logged(rs.getLong("id"), rs.getString("name"), rs.getString("data"), rs.getBoolean("unread"),
							rs.getObject("created_at", OffsetDateTime.class).toInstant())))
			.list()
			.forEach(
					(entry) -> byUser.computeIfAbsent(entry.getKey(), (id) -> new ArrayList<>()).add(entry.getValue()));
		byUser.values().forEach((events) -> events.sort(java.util.Comparator.comparingLong(Logged::id)));
		return byUser;
	}

	/**
	 * Deletes events older than an instant.
	 * @return how many were deleted
	 */
	int deleteOlderThan(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM live_events WHERE created_at < ?").param(Times.sql(cutoff)).update();
	}

	/**
	 * An event waiting to be logged.
	 *
	 * @param name the SSE event name
	 * @param data one line of JSON
	 * @param unread whether delivering it changes the user's unread counts
	 */
	record Pending(String name, String data, boolean unread) {
	}

	/**
	 * A logged event.
	 *
	 * @param id its id in the user's sequence
	 * @param name the SSE event name
	 * @param data one line of JSON
	 * @param unread whether delivering it changes the user's unread counts
	 * @param createdAt when it was logged (in the transaction of the change, just before
	 * its commit)
	 */
	record Logged(long id, String name, String data, boolean unread, Instant createdAt) {
	}

}
