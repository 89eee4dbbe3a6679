package com.cadhire.live;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.cadhire.accounts.AccessTokens;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The wake-up bus of several nodes on one PostgreSQL database: {@code NOTIFY} inside the
 * transaction that logged the events (PostgreSQL delivers it only once that commits, and
 * drops it on rollback), {@code LISTEN} on a dedicated connection of each node, outside
 * the pool, read by a background thread. Payloads carry user ids only (and the small JSON
 * of an ephemeral event). When the listening connection breaks, the thread reconnects and
 * wakes every open stream of its node, which then catch up from the log: nothing is lost
 * while not listening. It also forgets every remembered API token then, since revokes
 * sent meanwhile are missed (otherwise a node stops accepting a revoked token as soon as
 * the revoke's notification arrives).
 */
class PostgresWakeUpBus implements WakeUpBus, InitializingBean, DisposableBean {

	static final String WAKE = "cadhire_live_wake";

	static final String EPHEMERAL = "cadhire_live_ephemeral";

	static final String TOKENS_REVOKED = "cadhire_tokens_revoked";

	/** PostgreSQL's payload limit is 8,000 bytes; stay below it. */
	private static final int MAX_PAYLOAD = 7_900;

	private static final Logger log = LoggerFactory.getLogger(PostgresWakeUpBus.class);

	private final LiveHub hub;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final AccessTokens tokens;

	private final Duration livenessCheck = Duration.ofSeconds(30);

	private volatile boolean running;

	private volatile Connection listening;

	private Thread thread;

	PostgresWakeUpBus(LiveHub hub, JdbcClient jdbc, DataSource dataSource, AccessTokens tokens) {
		this.hub = hub;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.tokens = tokens;
	}

	@Override
	public void beforeCommit(Set<UUID> userIds) {
		StringBuilder payload = new StringBuilder();
		for (UUID userId : userIds) {
			if (payload.length() + 37 > MAX_PAYLOAD) {
				notify(WAKE, payload.toString());
				payload.setLength(0);
			}
			if (!payload.isEmpty()) {
				payload.append(',');
			}
			payload.append(userId);
		}
		if (!payload.isEmpty()) {
			notify(WAKE, payload.toString());
		}
	}

	@Override
	public void afterCommit(Set<UUID> userIds) {
		// the notification sent before commit wakes every node, this one included
	}

	@Override
	public void ephemeral(Set<UUID> userIds, String name, String data) {
		String payload = name + "\n" + String.join(",", userIds.stream().map(UUID::toString).toList()) + "\n" + data;
		if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
			log.debug("Ephemeral {} too large for a notification; delivered on this node only", name);
			this.hub.ephemeral(userIds, name, data);
			return;
		}
		notify(EPHEMERAL, payload);
	}

	@Override
	public void tokensRevoked(Set<String> tokenHashes) {
		StringBuilder payload = new StringBuilder();
		for (String tokenHash : tokenHashes) {
			if (payload.length() + tokenHash.length() + 1 > MAX_PAYLOAD) {
				notify(TOKENS_REVOKED, payload.toString());
				payload.setLength(0);
			}
			if (!payload.isEmpty()) {
				payload.append(',');
			}
			payload.append(tokenHash);
		}
		if (!payload.isEmpty()) {
			notify(TOKENS_REVOKED, payload.toString());
		}
	}

	/**
	 * @return whether this node is listening for the other nodes' wake-ups right now (it
	 * is not while it connects or reconnects)
	 */
	boolean listening() {
		return this.listening != null;
	}

	private void notify(String channel, String payload) {
		this.jdbc.sql("SELECT pg_notify(?, ?)").params(channel, payload).query((rs, n) -> 1).list();
	}

	@Override
	public void afterPropertiesSet() {
		this.running = true;
		this.thread = new Thread(this::listen, "live-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void destroy() throws Exception {
		this.running = false;
		Connection connection = this.listening;
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				log.trace("Closing the listening connection failed", ex);
			}
		}
		if (this.thread != null) {
			this.thread.interrupt();
			this.thread.join(5_000);
		}
	}

	private void listen() {
		long backoff = 500;
		while (this.running) {
			try (Connection connection = connect()) {
				this.listening = connection;
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + WAKE);
					statement.execute("LISTEN " + EPHEMERAL);
					statement.execute("LISTEN " + TOKENS_REVOKED);
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				backoff = 500;
				// wake-ups and revokes sent while this node was not listening are gone:
				// catch up, and look every token up again
				this.tokens.forgetAll();
				this.hub.wakeAll();
				long checked = System.nanoTime();
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(1_000);
					if (notifications != null) {
						dispatch(notifications);
					}
					if (System.nanoTime() - checked > this.livenessCheck.toNanos()) {
						try (Statement statement = connection.createStatement()) {
							statement.execute("SELECT 1");
						}
						checked = System.nanoTime();
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				log.warn("Listening for live wake-ups failed; reconnecting in {} ms: {}", backoff, ex.toString());
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				backoff = Math.min(backoff * 2, 10_000);
			}
			finally {
				this.listening = null;
			}
		}
	}

	private void dispatch(PGNotification[] notifications) {
		Set<UUID> woken = new HashSet<>();
		for (PGNotification notification : notifications) {
			try {
				if (WAKE.equals(notification.getName())) {
					for (String id : notification.getParameter().split(",")) {
						woken.add(UUID.fromString(id));
					}
				}
				else if (EPHEMERAL.equals(notification.getName())) {
					String[] parts = notification.getParameter().split("\n", 3);
					List<UUID> users = new ArrayList<>();
					for (String id : parts[1].split(",")) {
						users.add(UUID.fromString(id));
					}
					this.hub.ephemeral(users, parts[0], parts[2]);
				}
				else if (TOKENS_REVOKED.equals(notification.getName())) {
					this.tokens.forget(List.of(notification.getParameter().split(",")));
				}
			}
			catch (RuntimeException ex) {
				log.warn("Ignoring a malformed live notification on {}", notification.getName(), ex);
			}
		}
		if (!woken.isEmpty()) {
			this.hub.wake(woken);
		}
	}

	/**
	 * A connection of its own, outside the pool, so that listening never takes one from
	 * the requests (and the pool never recycles it).
	 */
	private Connection connect() throws SQLException {
		Connection connection;
		HikariDataSource hikari = this.dataSource.isWrapperFor(HikariDataSource.class)
				? this.dataSource.unwrap(HikariDataSource.class) : null;
		if (hikari != null && hikari.getJdbcUrl() != null) {
			Properties properties = new Properties();
			if (hikari.getUsername() != null) {
				properties.setProperty("user", hikari.getUsername());
			}
			if (hikari.getPassword() != null) {
				properties.setProperty("password", hikari.getPassword());
			}
			// a half-open connection must not block the reader for ever
			properties.setProperty("socketTimeout", "60");
			properties.setProperty("tcpKeepAlive", "true");
			properties.setProperty("ApplicationName", "cadhire-live-listener");
			connection = DriverManager.getConnection(hikari.getJdbcUrl(), properties);
		}
		else {
			connection = this.dataSource.getConnection();
		}
		connection.setAutoCommit(true);
		return connection;
	}

}
