package com.cadhire.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.common.NotFoundException;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.Times;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Personal access tokens for the API. A token is shown once, when it is made; only its
 * SHA-256 hash is stored, so a leaked database does not leak usable tokens.
 * <p>
 * A presented token's account is remembered for {@link #REMEMBERED} (by the token's
 * hash), so an API client's requests do not each cost a database round trip. A revoke
 * forgets it on this node at once; another node stops accepting the token when its memory
 * of it expires, at most {@link #REMEMBERED} later.
 */
@Service
public class AccessTokens {

	/** How many live tokens one account may hold. */
	public static final int MAX_TOKENS_PER_ACCOUNT = 20;

	/** How long a checked token's account is remembered. */
	public static final Duration REMEMBERED = Duration.ofSeconds(10);

	private static final String PREFIX = "chp_";

	private final Cache<String, UUID> accounts = Caffeine.newBuilder()
		.expireAfterWrite(REMEMBERED)
		.maximumSize(100_000)
		.build();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccessTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
		// forgotten now and once more after the commit, in case a request remembered the
		// token again from the state before it
		this.accounts.invalidate(tokenHash);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					AccessTokens.this.accounts.invalidate(tokenHash);
				}
			});
		}
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
	 * Finds the account a presented token belongs to.
	 * @param token the secret as presented
	 * @return the account id, if the token is live
	 */
	@Transactional(readOnly = true)
	Optional<UUID> accountOf(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		String tokenHash = hash(token);
		UUID remembered = this.accounts.getIfPresent(tokenHash);
		if (remembered != null) {
			return Optional.of(remembered);
		}
		Optional<UUID> account = this.jdbc
			.sql("SELECT account_id FROM access_tokens WHERE token_hash = ? AND revoked_at IS NULL")
			.param(tokenHash)
			.query(UUID.class)
			.optional();
		account.ifPresent((id) -> this.accounts.put(tokenHash, id));
		return account;
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
