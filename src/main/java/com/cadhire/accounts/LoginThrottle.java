package com.cadhire.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.cadhire.common.Times;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down repeated failed sign-ins for one e-mail address, on every node: after
 * {@value #FREE_FAILURES} failures each further failure locks the address for twice as
 * long as the last one (1 s, 2 s, 4 s ... at most 15 minutes). A successful sign-in
 * clears the record.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final Duration MAX_LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param email the address signing in
	 * @return how long the address must still wait, or {@code null} if it may try now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	@Nullable Duration waitFor(String email) {
		Instant lockedUntil = this.jdbc.sql("SELECT locked_until FROM login_throttle WHERE email_normalized = ?")
			.param(Account.normalize(email))
			.query((rs, n) -> Times.instant(rs, "locked_until"))
			.optional()
			.orElse(null);
		Instant now = this.clock.instant();
		return (lockedUntil != null && lockedUntil.isAfter(now)) ? Duration.between(now, lockedUntil) : null;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(String email) {
		String key = Account.normalize(email);
		Instant now = this.clock.instant();
		Integer failures = this.jdbc.sql("SELECT failures FROM login_throttle WHERE email_normalized = ? FOR UPDATE")
			.param(key)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (failures == null) {
			try {
				this.jdbc
					.sql("INSERT INTO login_throttle (email_normalized, failures, last_failure_at) VALUES (?, 1, ?)")
					.params(key, Times.sql(now))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// another node recorded the first failure at the same moment; one failure
				// is enough
			}
			return;
		}
		int count = failures + 1;
		Instant lockedUntil = null;
		if (count > FREE_FAILURES) {
			int exponent = Math.min(count - FREE_FAILURES - 1, 20);
			Duration lock = Duration.ofSeconds(1L << exponent);
			lockedUntil = now.plus((lock.compareTo(MAX_LOCK) > 0) ? MAX_LOCK : lock);
		}
		this.jdbc.sql("""
				UPDATE login_throttle SET failures = ?, last_failure_at = ?, locked_until = ?
				WHERE email_normalized = ?""").params(count, Times.sql(now), Times.sql(lockedUntil), key).update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String email) {
		this.jdbc.sql("DELETE FROM login_throttle WHERE email_normalized = ?").param(Account.normalize(email)).update();
	}

}
