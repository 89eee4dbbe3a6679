package com.cadhire.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.cadhire.common.NotFoundException;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.Times;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Personal access tokens for the API. A token is shown once, when it is made; only its
 * SHA-256 hash is stored, so a leaked database does not leak usable tokens.
 * <p>
 * A presented token's principal is remembered for {@link #REMEMBERED} (by the token's
 * hash), so an API client's requests cost no database round trip while it is remembered,
 * and one (the token joined to its account) when it is not. A revoke publishes
 * {@link AccessTokensRevoked} in its transaction: this node forgets the token once the
 * revoke commits, and the other nodes when the wake-up bus tells them (PostgreSQL
 * {@code NOTIFY}, sent in that transaction, so delivered once it commits). Should the bus
 * be down, a node still stops accepting the token when its memory of it expires, at most
 * {@link #REMEMBERED} after it last looked the token up; and a node that reconnects to
 * the bus forgets every token ({@link #forgetAll()}), since it may have missed revokes.
 */
@Service
public class AccessTokens {

	/** How many live tokens one account may hold. */
	public static final int MAX_TOKENS_PER_ACCOUNT = 20;

	/**
	 * How long a checked token's principal is remembered: the longest a revoked token is
	 * still accepted by a node that missed the revoke on the wake-up bus.
	 */
	public static final Duration REMEMBERED = Duration.ofSeconds(10);

	private static final String PREFIX = "chp_";

	private final Cache<String, AuthenticatedUser> principals = Caffeine.newBuilder()
		.expireAfterWrite(REMEMBERED)
		.maximumSize(100_000)
		.build();

	/**
	 * Counts forgets, so that a lookup that read the database before a revoke was
	 * forgotten does not remember its stale answer after it.
	 */
	private final AtomicLong forgets = new AtomicLong();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	AccessTokens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Makes a token.
	 * @param accountId the owner
	 * @param name what the owner calls it
	 * @return the token's id and its secret, which is never shown again
	 */
	@Transactional
	public IssuedToken issue(UUID accountId, String name) {
		int live = this.jdbc.sql("SELECT COUNT(*) FROM access_tokens WHERE account_id = ? AND revoked_at IS NULL")
			.param(accountId)
			.query(Integer.class)
			.single();
		if (live >= MAX_TOKENS_PER_ACCOUNT) {
			throw RuleViolationException.field("name",
					"You have " + MAX_TOKENS_PER_ACCOUNT + " tokens already; revoke one first.");
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO access_tokens (id, account_id, name, token_hash, created_at)
				VALUES (?, ?, ?, ?, ?)""").params(id, accountId, name, hash(token), Times.sql(now)).update();
		return new IssuedToken(id, name, token, now);
	}

	/**
	 * Revokes one of the caller's tokens.
	 * @param accountId the caller
	 * @param tokenId the token
	 */
	@Transactional
	public void revoke(UUID accountId, UUID tokenId) {
		String tokenHash = this.jdbc
			.sql("SELECT token_hash FROM access_tokens WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
			.params(tokenId, accountId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("token"));
		int changed = this.jdbc
			.sql("UPDATE access_tokens SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
			.params(Times.sql(this.clock.instant()), tokenId, accountId)
			.update();
		if (changed == 0) {
			throw new NotFoundException("token");
		}
		// the other nodes forget it when the bus tells them (once this commits)
		this.events.publishEvent(new AccessTokensRevoked(accountId, Set.of(tokenHash)));
		// this node forgets it now and once more after the commit, in case a request
		// remembered the token again from the state before it
		forget(Set.of(tokenHash));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget(Set.of(tokenHash));
				}
			});
		}
	}

	/**
	 * Forgets remembered tokens, so that the next request presenting one of them looks it
	 * up again (the wake-up bus calls this on every node for a revoke).
	 * @param tokenHashes the tokens' hashes
	 */
	public void forget(Collection<String> tokenHashes) {
		this.forgets.incrementAndGet();
		this.principals.invalidateAll(tokenHashes);
	}

	/**
	 * Forgets every remembered token (after this node may have missed revokes).
	 */
	public void forgetAll() {
		this.forgets.incrementAndGet();
		this.principals.invalidateAll();
	}

	@Transactional(readOnly = true)
	public List<TokenInfo> list(UUID accountId) {
		return this.jdbc.sql("""
				SELECT id, name, created_at FROM access_tokens
				WHERE account_id = ? AND revoked_at IS NULL ORDER BY created_at DESC""")
			.param(accountId)
			.query((rs, n) -> new TokenInfo(rs.getObject("id", UUID.class), rs.getString("name"),
					Times.instant(rs, "created_at")))
			.list();
	}

	/**
	 * Finds the principal of a presented token: from memory, or with one query (no
	 * transaction: a single statement needs none).
	 * @param token the secret as presented
	 * @return the principal (without a password), if the token is live
	 */
	Optional<AuthenticatedUser> principalOf(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		String tokenHash = hash(token);
		AuthenticatedUser remembered = this.principals.getIfPresent(tokenHash);
		if (remembered != null) {
			return Optional.of(remembered);
		}
		long forgetsBefore = this.forgets.get();
		Optional<AuthenticatedUser> principal = this.jdbc.sql("""
				SELECT a.id, a.email, a.display_name, a.role FROM access_tokens t JOIN accounts a ON a.id = t.account_id
				WHERE t.token_hash = ? AND t.revoked_at IS NULL""")
			.param(tokenHash)
			.query((rs, n) -> new AuthenticatedUser(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), Role.valueOf(rs.getString("role")), null))
			.optional();
		principal.ifPresent((user) -> {
			this.principals.put(tokenHash, user);
			if (this.forgets.get() != forgetsBefore) {
				// a revoke was forgotten while this looked the token up: the answer may
				// be
				// from before it
				this.principals.invalidate(tokenHash);
			}
		});
		return principal;
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A token just made.
	 *
	 * @param id its id, used to revoke it
	 * @param name its name
	 * @param token the secret, shown once
	 * @param createdAt when it was made
	 */
	public record IssuedToken(UUID id, String name, String token, Instant createdAt) {
	}

	/**
	 * A live token, without its secret.
	 *
	 * @param id its id
	 * @param name its name
	 * @param createdAt when it was made
	 */
	public record TokenInfo(UUID id, String name, Instant createdAt) {
	}

}
