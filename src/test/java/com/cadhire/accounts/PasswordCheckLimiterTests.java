package com.cadhire.accounts;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordCheckLimiterTests {

	@Test
	void refusesQuicklyWhenEverySlotIsTakenAndRunsAgainOnceOneIsFree() throws Exception {
		SignInSettings settings = new SignInSettings(30, 10, 10, Duration.ofMinutes(15), Duration.ofHours(1),
				Duration.ofMinutes(10), 2, Duration.ofMillis(50), "cadhire_device", Duration.ofDays(180), null);
		PasswordCheckLimiter limiter = new PasswordCheckLimiter(settings, new SimpleMeterRegistry());
		CountDownLatch holding = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < 2; i++) {
				pool.submit(() -> limiter.run(() -> {
					holding.countDown();
					try {
						return release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return false;
					}
				}));
			}
			assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
			long started = System.nanoTime();
			assertThatExceptionOfType(PasswordCheckLimiter.PasswordChecksBusyException.class)
				.isThrownBy(() -> limiter.run(() -> "never"));
			long waitedMillis = (System.nanoTime() - started) / 1_000_000;
			assertThat(waitedMillis).isGreaterThanOrEqualTo(40).isLessThan(2_000);
			assertThat(limiter.peak()).isEqualTo(2);
			release.countDown();
		}
		finally {
			pool.shutdown();
			assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(limiter.run(() -> "ran")).isEqualTo("ran");
		assertThat(limiter.peak()).isLessThanOrEqualTo(limiter.capacity());
	}

	@Test
	void byDefaultAtLeastTwoSlotsAndOnePerProcessor() {
		SignInSettings settings = new SignInSettings(30, 10, 10, Duration.ofMinutes(15), Duration.ofHours(1),
				Duration.ofMinutes(10), 0, Duration.ofSeconds(3), "cadhire_device", Duration.ofDays(180), null);
		PasswordCheckLimiter limiter = new PasswordCheckLimiter(settings, new SimpleMeterRegistry());
		assertThat(limiter.capacity()).isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()))
			.isGreaterThanOrEqualTo(2);
	}

}
