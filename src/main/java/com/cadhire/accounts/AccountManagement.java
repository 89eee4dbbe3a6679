package com.cadhire.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.common.ConflictException;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.RuleViolationException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people up and tells other modules who an account is.
 * <p>
 * Names and roles are read on every chat message and live event, so the summaries are
 * kept in memory (bounded). Nothing changes a summary once the account exists; a feature
 * that renames accounts must forget the renamed one here (and on other nodes).
 */
@Service
public class AccountManagement {

	/** Shortest password accepted. */
	public static final int MIN_PASSWORD = 10;

	/** Longest password accepted (bcrypt reads 72 bytes; longer adds nothing). */
	public static final int MAX_PASSWORD = 72;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final Cache<UUID, AccountSummary> summaries = Caffeine.newBuilder().maximumSize(200_000).build();

	AccountManagement(Accounts accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Signs a person up.
	 * @param email their e-mail address, unique regardless of case
	 * @param password their password, stored only as a hash
	 * @param displayName the name others see
	 * @param role client or expert (moderators are not signed up through the API)
	 * @return the new account
	 * @throws ConflictException if the e-mail address is taken
	 */
	@Transactional
	public Account signUp(String email, String password, String displayName, Role role) {
		if (role == Role.MODERATOR) {
			throw RuleViolationException.field("role", "role must be CLIENT or EXPERT.");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_PASSWORD || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD) {
			throw RuleViolationException.field("password",
					"Choose a password of " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.");
		}
		if (password.isBlank()) {
			throw RuleViolationException.field("password", "password must not be blank.");
		}
		if (this.accounts.existsByEmailNormalized(Account.normalize(email))) {
			throw new ConflictException("email-taken",
					"An account with this e-mail address exists already. Sign in, or use another address.", null);
		}
		return this.accounts.save(
				Account.create(email, this.passwordEncoder.encode(password), displayName, role, this.clock.instant()));
	}

	/**
	 * Creates a moderator account (operations and demo data only, never through the
	 * public API).
	 * @param email the address
	 * @param password the password
	 * @param displayName the name
	 * @return the account
	 */
	@Transactional
	public Account createModerator(String email, String password, String displayName) {
		return this.accounts.save(Account.create(email, this.passwordEncoder.encode(password), displayName,
				Role.MODERATOR, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public Account get(UUID id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
	}

	/**
	 * The principal of an account, for work done on its behalf outside a request (demo
	 * data, scheduled jobs). Carries no password.
	 * @param id the account
	 * @return the principal
	 */
	@Transactional(readOnly = true)
	public AuthenticatedUser principal(UUID id) {
		AuthenticatedUser user = AuthenticatedUser.of(get(id));
		user.eraseCredentials();
		return user;
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> summary(UUID id) {
		AccountSummary known = this.summaries.getIfPresent(id);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<AccountSummary> found = this.accounts.findById(id).map(AccountManagement::toSummary);
		found.ifPresent((summary) -> this.summaries.put(id, summary));
		return found;
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByEmail(String email) {
		return this.accounts.findByEmailNormalized(Account.normalize(email));
	}

	/**
	 * Looks up many accounts in one query.
	 * @param ids the account ids
	 * @return the summaries by id; unknown ids are absent
	 */
	@Transactional(readOnly = true)
	public Map<UUID, AccountSummary> summaries(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, AccountSummary> known = new HashMap<>(this.summaries.getAllPresent(ids));
		List<UUID> missing = ids.stream().distinct().filter((id) -> !known.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			this.accounts.findAllById(missing).forEach((account) -> {
				AccountSummary summary = toSummary(account);
				this.summaries.put(summary.id(), summary);
				known.put(summary.id(), summary);
			});
		}
		return known;
	}

	private static AccountSummary toSummary(Account account) {
		return new AccountSummary(account.id(), account.displayName(), account.role());
	}

}
