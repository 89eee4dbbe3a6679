package com.cadhire;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import com.cadhire.common.RetriedOnDeadlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The deadlock retry runs a {@link RetriedOnDeadlock} call again only when it lost a
 * deadlock and started its own transaction, and gives up after
 * {@value DeadlockRetryConfiguration#ATTEMPTS} attempts.
 */
class DeadlockRetryConfigurationTests {

	@AfterEach
	void noTransaction() {
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	@Test
	void aCallThatLosesADeadlockIsRunAgainUntilItSucceeds() {
		Flaky flaky = proxied(new Flaky(2, deadlock("40P01")));
		assertThat(flaky.change()).isEqualTo("changed");
		assertThat(flaky.calls()).isEqualTo(3);
	}

	@Test
	void h2sDeadlockStateCountsToo() {
		Flaky flaky = proxied(new Flaky(1, deadlock("40001")));
		assertThat(flaky.change()).isEqualTo("changed");
		assertThat(flaky.calls()).isEqualTo(2);
	}

	@Test
	void afterTheLastAttemptTheFailureReachesTheCaller() {
		Flaky flaky = proxied(new Flaky(Integer.MAX_VALUE, deadlock("40P01")));
		assertThatExceptionOfType(PessimisticLockingFailureException.class).isThrownBy(flaky::change);
		assertThat(flaky.calls()).isEqualTo(DeadlockRetryConfiguration.ATTEMPTS);
	}

	@Test
	void otherFailuresAreNotRetried() {
		Flaky flaky = proxied(new Flaky(1, new DataIntegrityViolationException("duplicate key")));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(flaky::change);
		assertThat(flaky.calls()).isEqualTo(1);

		Flaky timedOut = proxied(new Flaky(1, new ConcurrencyFailureException("lock wait timed out",
				new SQLException("Timeout trying to lock table", "HYT00", 50200))));
		assertThatExceptionOfType(ConcurrencyFailureException.class).isThrownBy(timedOut::change);
		assertThat(timedOut.calls()).as("a lock timeout has waited long enough already").isEqualTo(1);
	}

	@Test
	void aCallInsideAnOpenTransactionIsNotRetriedItsOutermostCallIs() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		Flaky flaky = proxied(new Flaky(1, deadlock("40P01")));
		assertThatExceptionOfType(PessimisticLockingFailureException.class).isThrownBy(flaky::change);
		assertThat(flaky.calls()).isEqualTo(1);
	}

	private static PessimisticLockingFailureException deadlock(String sqlState) {
		return new PessimisticLockingFailureException("deadlock", new SQLException("deadlock detected", sqlState, 0));
	}

	private static Flaky proxied(Flaky target) {
		ProxyFactory factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		factory.addAdvisor(DeadlockRetryConfiguration.deadlockRetryAdvisor());
		return (Flaky) factory.getProxy();
	}

	@RetriedOnDeadlock
	static class Flaky {

		final AtomicInteger calls = new AtomicInteger();

		private final int failures;

		private final RuntimeException failure;

		Flaky(int failures, RuntimeException failure) {
			this.failures = failures;
			this.failure = failure;
		}

		public int calls() {
			return this.calls.get();
		}

		public String change() {
			if (this.calls.incrementAndGet() <= this.failures) {
				throw this.failure;
			}
			return "changed";
		}

	}

}
