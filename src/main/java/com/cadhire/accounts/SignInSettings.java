package com.cadhire.accounts;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in limits ({@code cadhire.sign-in.*}); the model is in
 * {@code docs/adr/0006-sign-in-limits.md}.
 *
 * @param failuresPerClient distinct accounts one client address may fail on (within
 * {@code forgetAfter}) before each further new one blocks the address for 1 s, 2 s, 4 s
 * ... at most {@code maxBlock}; repeated failures on one account count for that account
 * only
 * @param failuresPerAccount failed password checks for one account from clients it does
 * not know before each further one is delayed the same way
 * @param failuresPerDevice failed password checks through one trusted device before its
 * device cookie is ignored (the client then counts as unknown)
 * @param maxBlock the longest a client address, an account or a device is blocked at a
 * time
 * @param forgetAfter a count starts over when its last failure is this old; the cleanup
 * deletes such rows
 * @param cleanupInterval how often the cleanup runs
 * @param maxConcurrentPasswordChecks password hashes computed at the same time on one
 * node (sign-in and sign-up); 0 means the number of processors, at least 2
 * @param passwordCheckWait how long a password check waits for a free slot before it is
 * refused with 503 and {@code Retry-After}
 * @param deviceCookie the name of the device cookie
 * @param deviceCookieMaxAge how long a device stays trusted after its last successful
 * sign-in
 * @param deviceSecret the HMAC key of device cookies (at least 32 characters); without it
 * one is made on first start and kept in the database for all nodes
 */
@ConfigurationProperties("cadhire.sign-in")
record SignInSettings(@DefaultValue("30") int failuresPerClient, @DefaultValue("10") int failuresPerAccount,
		@DefaultValue("10") int failuresPerDevice, @DefaultValue("PT15M") Duration maxBlock,
		@DefaultValue("PT1H") Duration forgetAfter, @DefaultValue("PT10M") Duration cleanupInterval,
		@DefaultValue("0") int maxConcurrentPasswordChecks, @DefaultValue("PT10S") Duration passwordCheckWait,
		@DefaultValue("cadhire_device") String deviceCookie, @DefaultValue("P180D") Duration deviceCookieMaxAge,
		@Nullable String deviceSecret) {

	int passwordCheckSlots() {
		return (this.maxConcurrentPasswordChecks > 0) ? this.maxConcurrentPasswordChecks
				: Math.max(2, Runtime.getRuntime().availableProcessors());
	}

}
