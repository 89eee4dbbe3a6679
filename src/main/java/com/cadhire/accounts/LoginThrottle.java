package com.cadhire.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.cadhire.common.Times;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed password checks per account and per trusted device, and per client
 * address the <em>distinct accounts</em> it failed on (table {@code login_throttle}, with
 * the accounts of each address in {@code login_throttle_client_accounts}), on every node.
 * Repeated guesses on one account are the account's count alone: they never block the
 * address, so everybody else behind it (one proxy, one office) still signs in; a spray
 * over many accounts from one address meets the address count. A check is counted
 * <em>before</em> the password is hashed, in one short transaction that locks the rows,
 * so concurrent guesses cannot all slip through before the first one is recorded: once a
 * count reaches its free allowance every further check is delayed, the key being blocked
 * for 1 s, 2 s, 4 s ... at most {@code max-block}. Refused attempts are not counted (they
 * cost no hashing). After a successful sign-in the account's or device's count starts
 * over and the address forgets that account; an attempt that never reached the password
 * check (the node was busy) is given back to every key. A count also starts over when its
 * last failure is older than {@code forget-after}; {@link LoginThrottleCleanup} deletes
 * such rows.
 */
@Component
class LoginThrottle {

	private static final int MAX_TRIES = 3;

	/** Longest value kept as it is (the column holds 300 characters with the prefix). */
	private static final int MAX_PLAIN = 254;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SignInSettings settings;

	private final TransactionTemplate transaction;

	LoginThrottle(JdbcClient jdbc, Clock clock, SignInSettings settings, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The key of a client address.
	 */
	Key client(String address) {
		return new Key(Scope.CLIENT, safe("ip:", address.toLowerCase(Locale.ROOT)), this.settings.failuresPerClient());
	}

	/**
	 * The key of an account (by its normalized e-mail address, whether or not an account
	 * has it, so that refusals do not tell which addresses are registered).
	 */
	Key account(String email) {
		return new Key(Scope.ACCOUNT, safe("account:", Account.normalize(email)), this.settings.failuresPerAccount());
	}

	/**
	 * The key of a trusted device.
	 */
	Key device(String deviceId) {
		return new Key(Scope.DEVICE, safe("device:", deviceId), this.settings.failuresPerDevice());
	}

	/**
	 * A key that fits its column on both databases: a value that is long or carries
	 * control characters or lone surrogates (which PostgreSQL refuses) is replaced by its
	 * SHA-256, so such a sign-in name is counted (and answered 401) like any other.
	 */
	static String safe(String prefix, String value) {
		boolean plain = value.length() <= MAX_PLAIN;
		for (int i = 0; plain && i < value.length(); i++) {
			char c = value.charAt(i);
			plain = c >= 0x20 && c != 0x7f && !Character.isSurrogate(c);
		}
		if (plain) {
			return prefix + value;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return prefix + "sha256:" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param key a device key
	 * @return whether the device failed too often to be trusted now
	 */
	boolean exhausted(Key key) {
		Instant now = this.clock.instant();
		Instant forgetBefore = now.minus(this.settings.forgetAfter());
		return this.jdbc
			.sql("SELECT failures, last_failure_at, blocked_until FROM login_throttle WHERE throttle_key = ?")
			.param(key.value())
			.query((rs, n) -> new Row(rs.getInt("failures"), Times.instant(rs, "last_failure_at"),
					Times.instant(rs, "blocked_until")))
			.optional()
			.map((row) -> row.lastFailureAt() != null && row.lastFailureAt().isAfter(forgetBefore)
					&& row.failures() >= key.freeFailures())
			.orElse(false);
	}

	/**
	 * Counts one password check for each key, or refuses it if any key is blocked.
	 * @param keys the keys of the attempt
	 * @return the reservation, to pass to {@link #succeeded} or {@link #giveBack}
	 * @throws TooManyAttemptsException if a key is blocked; nothing is counted then
	 */
	Reservation reserve(List<Key> keys) {
		List<Key> ordered = new ArrayList<>(keys);
		// always in the same order, so that two attempts never wait for each other's rows
		ordered.sort(Comparator.comparing(Key::value));
		for (int attempt = 1;; attempt++) {
			try {
				Outcome outcome = this.transaction.execute((status) -> reserveNow(ordered));
				if (outcome.waitFor() != null) {
					throw new TooManyAttemptsException(outcome.waitFor());
				}
				return new Reservation(List.copyOf(ordered), outcome.newAccountForClient());
			}
			catch (DuplicateKeyException ex) {
				// another attempt made the first row of a key at the same moment: the row
				// exists now, so the next try locks it
				if (attempt == MAX_TRIES) {
					throw ex;
				}
			}
		}
	}

	private Outcome reserveNow(List<Key> keys) {
		Instant now = this.clock.instant();
		Instant forgetBefore = now.minus(this.settings.forgetAfter());
		List<@Nullable Row> rows = new ArrayList<>();
		Duration wait = null;
		for (Key key : keys) {
			Row row = this.jdbc
				.sql("SELECT failures, last_failure_at, blocked_until FROM login_throttle WHERE throttle_key = ? "
						+ "FOR UPDATE")
				.param(key.value())
				.query((rs, n) -> new Row(rs.getInt("failures"), Times.instant(rs, "last_failure_at"),
						Times.instant(rs, "blocked_until")))
				.optional()
				.orElse(null);
			rows.add(row);
			if (row != null && row.blockedUntil() != null && row.blockedUntil().isAfter(now)) {
				Duration left = Duration.between(now, row.blockedUntil());
				wait = (wait == null || left.compareTo(wait) > 0) ? left : wait;
			}
		}
		if (wait != null) {
			return new Outcome(wait, false);
		}
		Key account = keys.stream().filter((key) -> key.scope() == Scope.ACCOUNT).findFirst().orElse(null);
		boolean newAccountForClient = false;
		for (int i = 0; i < keys.size(); i++) {
			Key key = keys.get(i);
			Row row = rows.get(i);
			if (key.scope() == Scope.CLIENT && account != null) {
				newAccountForClient = countAccountForClient(key, account, row, now, forgetBefore);
				continue;
			}
			if (row == null) {
				this.jdbc
					.sql("INSERT INTO login_throttle (throttle_key, failures, last_failure_at, blocked_until) "
							+ "VALUES (?, ?, ?, ?)")
					.params(key.value(), 1, Times.sql(now), Times.sql(blockedUntil(key, 1, now)))
					.update();
				continue;
			}
			boolean stale = row.lastFailureAt() == null || !row.lastFailureAt().isAfter(forgetBefore);
			int failures = (stale ? 0 : row.failures()) + 1;
			this.jdbc
				.sql("UPDATE login_throttle SET failures = ?, last_failure_at = ?, blocked_until = ? "
						+ "WHERE throttle_key = ?")
				.params(failures, Times.sql(now), Times.sql(blockedUntil(key, failures, now)), key.value())
				.update();
		}
		return new Outcome(null, newAccountForClient);
	}

	/**
	 * Counts an account for a client address (whose row is locked, or new): an account
	 * the address already failed on within {@code forget-after} only has its time
	 * renewed, and neither raises the count nor extends a block; another account raises
	 * the count (the number of distinct accounts) and may block the address.
	 * @return whether the account was new for the address
	 */
	private boolean countAccountForClient(Key client, Key account, @Nullable Row row, Instant now,
			Instant forgetBefore) {
		int renewed = this.jdbc.sql("""
				UPDATE login_throttle_client_accounts SET last_failed_at = ?
				WHERE client_key = ? AND account_key = ? AND last_failed_at > ?""")
			.params(Times.sql(now), client.value(), account.value(), Times.sql(forgetBefore))
			.update();
		boolean fresh = renewed == 0;
		if (fresh) {
			this.jdbc.sql("DELETE FROM login_throttle_client_accounts WHERE client_key = ? AND account_key = ?")
				.params(client.value(), account.value())
				.update();
			this.jdbc
				.sql("INSERT INTO login_throttle_client_accounts (client_key, account_key, last_failed_at) "
						+ "VALUES (?, ?, ?)")
				.params(client.value(), account.value(), Times.sql(now))
				.update();
		}
		int accounts = accountsOf(client, forgetBefore);
		if (row == null) {
			this.jdbc
				.sql("INSERT INTO login_throttle (throttle_key, failures, last_failure_at, blocked_until) "
						+ "VALUES (?, ?, ?, ?)")
				.params(client.value(), accounts, Times.sql(now), Times.sql(blockedUntil(client, accounts, now)))
				.update();
		}
		else {
			Instant blockedUntil = fresh ? blockedUntil(client, accounts, now) : row.blockedUntil();
			this.jdbc
				.sql("UPDATE login_throttle SET failures = ?, last_failure_at = ?, blocked_until = ? "
						+ "WHERE throttle_key = ?")
				.params(accounts, Times.sql(now), Times.sql(blockedUntil), client.value())
				.update();
		}
		return fresh;
	}

	private int accountsOf(Key client, Instant forgetBefore) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM login_throttle_client_accounts WHERE client_key = ? AND last_failed_at > ?")
			.params(client.value(), Times.sql(forgetBefore))
			.query(Integer.class)
			.single();
	}

	/**
	 * The client address forgets an account (its password was right, or it was never
	 * checked): the count is the remaining distinct accounts, and a block ends when the
	 * count falls below the free allowance.
	 */
	private void forgetAccountForClient(Key client, Key account) {
		Instant forgetBefore = this.clock.instant().minus(this.settings.forgetAfter());
		int deleted = this.jdbc
			.sql("DELETE FROM login_throttle_client_accounts WHERE client_key = ? AND account_key = ?")
			.params(client.value(), account.value())
			.update();
		if (deleted == 0) {
			return;
		}
		int accounts = accountsOf(client, forgetBefore);
		this.jdbc.sql("""
				UPDATE login_throttle SET failures = ?,
				       blocked_until = CASE WHEN ? < ? THEN NULL ELSE blocked_until END
				WHERE throttle_key = ?""").params(accounts, accounts, client.freeFailures(), client.value()).update();
	}

	/**
	 * The block that follows a count: none below the free allowance, then 1 s for the
	 * check that reaches it and twice as long for each further one.
	 */
	private @Nullable Instant blockedUntil(Key key, int failures, Instant now) {
		if (failures < key.freeFailures()) {
			return null;
		}
		int exponent = Math.min(failures - key.freeFailures(), 20);
		Duration block = Duration.ofSeconds(1L << exponent);
		return now.plus((block.compareTo(this.settings.maxBlock()) > 0) ? this.settings.maxBlock() : block);
	}

	/**
	 * The password was right: the account's and the device's counts start over, the
	 * client address forgets the account (it needed the right password to do so, so an
	 * attacker cannot wipe the accounts they sprayed).
	 */
	void succeeded(Reservation reservation) {
		this.transaction.executeWithoutResult((status) -> {
			Key account = reservation.account();
			for (Key key : reservation.keys()) {
				if (key.scope() == Scope.CLIENT) {
					if (account != null) {
						forgetAccountForClient(key, account);
					}
					else {
						giveBack(key);
					}
				}
				else {
					this.jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(key.value()).update();
				}
			}
		});
	}

	/**
	 * The password was never checked (the node was too busy, or the check failed for a
	 * reason other than the password): every key gets its attempt back (the client
	 * address forgets the account if this attempt was the first on it).
	 */
	void giveBack(Reservation reservation) {
		this.transaction.executeWithoutResult((status) -> {
			Key account = reservation.account();
			for (Key key : reservation.keys()) {
				if (key.scope() == Scope.CLIENT && account != null) {
					if (reservation.newAccountForClient()) {
						forgetAccountForClient(key, account);
					}
				}
				else {
					giveBack(key);
				}
			}
		});
	}

	private void giveBack(Key key) {
		this.jdbc.sql("""
				UPDATE login_throttle SET failures = failures - 1,
				       blocked_until = CASE WHEN failures - 1 < ? THEN NULL ELSE blocked_until END
				WHERE throttle_key = ? AND failures > 0""").params(key.freeFailures(), key.value()).update();
	}

	/**
	 * Deletes the counts whose last failure is older than {@code forget-after} and that
	 * block nothing any more.
	 * @return how many were deleted
	 */
	int deleteForgotten() {
		Instant now = this.clock.instant();
		int accounts = this.jdbc.sql("DELETE FROM login_throttle_client_accounts WHERE last_failed_at < ?")
			.param(Times.sql(now.minus(this.settings.forgetAfter())))
			.update();
		return accounts + this.jdbc.sql("""
				DELETE FROM login_throttle WHERE last_failure_at < ?
				AND (blocked_until IS NULL OR blocked_until < ?)""")
			.params(Times.sql(now.minus(this.settings.forgetAfter())), Times.sql(now))
			.update();
	}

	/**
	 * What a key counts.
	 */
	enum Scope {

		/** A client address: counts the distinct accounts it failed on. */
		CLIENT,

		/** An account, tried from clients it does not know. */
		ACCOUNT,

		/** A trusted device of an account. */
		DEVICE

	}

	/**
	 * One count.
	 *
	 * @param scope what it counts
	 * @param value its row's key
	 * @param freeFailures failures before each further one is delayed
	 */
	record Key(Scope scope, String value, int freeFailures) {
	}

	/**
	 * Password checks counted in advance.
	 *
	 * @param keys what was counted
	 * @param newAccountForClient whether the account was new for the client address (it
	 * raised the address count)
	 */
	record Reservation(List<Key> keys, boolean newAccountForClient) {

		@Nullable Key account() {
			return this.keys.stream().filter((key) -> key.scope() == Scope.ACCOUNT).findFirst().orElse(null);
		}

	}

	private record Outcome(@Nullable Duration waitFor, boolean newAccountForClient) {
	}

	private record Row(int failures, @Nullable Instant lastFailureAt, @Nullable Instant blockedUntil) {
	}

	/**
	 * Refused because the client address, the account or the device failed too often
	 * recently.
	 */
	static final class TooManyAttemptsException extends org.springframework.security.core.AuthenticationException {

		private final Duration waitFor;

		TooManyAttemptsException(Duration waitFor) {
			super("Too many failed sign-ins; try again in " + seconds(waitFor) + " seconds.");
			this.waitFor = waitFor;
		}

		Duration waitFor() {
			return this.waitFor;
		}

		long retryAfterSeconds() {
			return seconds(this.waitFor);
		}

		private static long seconds(Duration wait) {
			long seconds = wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0);
			return Math.max(1, seconds);
		}

	}

}
