package com.cadhire.accounts;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Caps how many password hashes one node computes at the same time (sign-in and sign-up;
 * {@code cadhire.sign-in.max-concurrent-password-checks}). A check waits at most
 * {@code password-check-wait} (10 s) for a slot, in the order it asked, and is then
 * refused with {@link PasswordChecksBusyException} (503 with {@code Retry-After}) instead
 * of queueing without bound: a burst of guesses cannot take every processor, and request
 * threads are not held by a growing queue. Personal access tokens are hashed with SHA-256
 * and do not pass through here.
 */
@Component
public class PasswordCheckLimiter {

	private final Semaphore slots;

	private final int capacity;

	private final Duration wait;

	private final AtomicInteger running = new AtomicInteger();

	private final AtomicInteger peak = new AtomicInteger();

	PasswordCheckLimiter(SignInSettings settings, MeterRegistry meters) {
		this.capacity = settings.passwordCheckSlots();
		// fair: checks get their slots in the order they asked, so a burst is served in
		// turn
		// and none waits longer than the ones before it
		this.slots = new Semaphore(this.capacity, true);
		this.wait = settings.passwordCheckWait();
		Gauge.builder("cadhire.signin.password.checks.running", this.running, AtomicInteger::get)
			.description("Password hashes being computed now")
			.register(meters);
	}

	/**
	 * Runs a password hash in a free slot.
	 * @param <T> what it returns
	 * @param check the hashing
	 * @return its result
	 * @throws PasswordChecksBusyException if no slot came free in time
	 */
	public <T> T run(Supplier<T> check) {
		boolean acquired;
		try {
			acquired = this.slots.tryAcquire(this.wait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PasswordChecksBusyException();
		}
		if (!acquired) {
			throw new PasswordChecksBusyException();
		}
		int now = this.running.incrementAndGet();
		this.peak.accumulateAndGet(now, Math::max);
		try {
			return check.get();
		}
		finally {
			this.running.decrementAndGet();
			this.slots.release();
		}
	}

	/**
	 * @return how many checks may run at once
	 */
	int capacity() {
		return this.capacity;
	}

	/**
	 * @return the most checks that ran at once since the last {@link #resetPeak()}
	 */
	int peak() {
		return this.peak.get();
	}

	void resetPeak() {
		this.peak.set(this.running.get());
	}

	/**
	 * Refused because every password-check slot stayed taken; the client should retry
	 * after a second.
	 */
	public static final class PasswordChecksBusyException extends AuthenticationException {

		/** Seconds a client should wait before it retries. */
		public static final int RETRY_AFTER_SECONDS = 1;

		PasswordChecksBusyException() {
			super("Too many sign-ins are being checked at the moment; try again in a second.");
		}

	}

}
