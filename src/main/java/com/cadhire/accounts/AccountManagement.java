package com.cadhire.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cadhire.common.ConflictException;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.RuleViolationException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people up and tells other modules who an account is.
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
		return this.accounts.findById(id).map(AccountManagement::toSummary);
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
		List<Account> found = this.accounts.findAllById(ids);
		return found.stream()
			.map(AccountManagement::toSummary)
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
	}

	private static AccountSummary toSummary(Account account) {
		return new AccountSummary(account.id(), account.displayName(), account.role());
	}

}
