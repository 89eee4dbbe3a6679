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
import com.cadhire.common.UserId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final PasswordCheckLimiter limiter;

	private final DisplayNames displayNames;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	AccountManagement(Accounts accounts, PasswordEncoder passwordEncoder, Clock clock, PasswordCheckLimiter limiter,
			DisplayNames displayNames, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.limiter = limiter;
		this.displayNames = displayNames;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** What a person who signs up with a registered address is told. */
	public static final String EMAIL_TAKEN = "An account with this e-mail address exists already. If it is yours, "
			+ "sign in with it; otherwise use another e-mail address. We have told the address's owner about this "
			+ "attempt by e-mail.";

	/**
	 * Public sign-up (the API and the sign-up page). A new address gets its account,
	 * which can sign in at once. A registered address is refused (409
	 * {@code email-taken}, saying in plain words what to do) and its owner is told by
	 * e-mail ({@link SignUpForRegisteredAddress}, at most one notice per account and
	 * hour); nothing else changes. The password is hashed in a slot of the
	 * {@link PasswordCheckLimiter}, outside the transaction.
	 * @param email their e-mail address, unique regardless of case
	 * @param password their password, stored only as a hash
	 * @param displayName the name others see, screened for contact details
	 * @param role client or expert
	 * @return the new account
	 * @throws RuleViolationException (422) naming the field for a bad role, password or
	 * display name
	 * @throws ConflictException (409 {@code email-taken}) if the address has an account
	 * @throws PasswordCheckLimiter.PasswordChecksBusyException when every password slot
	 * stays taken
	 */
	public Account register(String email, String password, String displayName, Role role) {
		check(password, role);
		this.displayNames.require("displayName", displayName);
		String normalized = Account.normalize(email);
		if (this.accounts.existsByEmailNormalized(normalized)) {
			throw taken(normalized);
		}
		String hash = this.limiter.run(() -> this.passwordEncoder.encode(password));
		Account created = this.transaction.execute((status) -> {
			if (this.accounts.existsByEmailNormalized(normalized)) {
				// signed up by someone else while the password was hashed
				return null;
			}
			return this.accounts.save(Account.create(email, hash, displayName, role, this.clock.instant()));
		});
		if (created == null) {
			throw taken(normalized);
		}
		return created;
	}

	/**
	 * Tells the owner of a registered address (after the notice is committed) and makes
	 * the refusal.
	 */
	private ConflictException taken(String normalized) {
		this.transaction.executeWithoutResult((status) -> this.accounts.findByEmailNormalized(normalized)
			.ifPresent((existing) -> this.events
				.publishEvent(new SignUpForRegisteredAddress(existing.id(), this.clock.instant()))));
		return new ConflictException("email-taken", EMAIL_TAKEN, null);
	}

	/**
	 * Signs a person up at once, saying when the address is taken (demo data and
	 * operations; the public sign-up is {@link #register}).
	 * @param email their e-mail address, unique regardless of case
	 * @param password their password, stored only as a hash
	 * @param displayName the name others see
	 * @param role client or expert (moderators are not signed up through the API)
	 * @return the new account
	 * @throws ConflictException if the e-mail address is taken
	 */
	@Transactional
	public Account signUp(String email, String password, String displayName, Role role) {
		check(password, role);
		if (this.accounts.existsByEmailNormalized(Account.normalize(email))) {
			throw new ConflictException("email-taken",
					"An account with this e-mail address exists already. Sign in, or use another address.", null);
		}
		return this.accounts.save(
				Account.create(email, this.passwordEncoder.encode(password), displayName, role, this.clock.instant()));
	}

	private static void check(String password, Role role) {
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
	public Account get(UserId id) {
		return this.accounts.findById(id.value()).orElseThrow(() -> new NotFoundException("account"));
	}

	/**
	 * The caller an account acts as, for work done on its behalf outside a request (demo
	 * data, scheduled jobs).
	 * @param id the account
	 * @return the caller
	 */
	@Transactional(readOnly = true)
	public Caller caller(UserId id) {
		Account account = get(id);
		return new Caller(UserId.of(account.id()), account.displayName(), account.role());
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> summary(UserId id) {
		AccountSummary known = this.summaries.getIfPresent(id.value());
		if (known != null) {
			return Optional.of(known);
		}
		Optional<AccountSummary> found = this.accounts.findById(id.value()).map(AccountManagement::toSummary);
		found.ifPresent((summary) -> this.summaries.put(id.value(), summary));
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
