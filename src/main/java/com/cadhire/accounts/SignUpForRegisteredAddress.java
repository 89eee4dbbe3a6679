package com.cadhire.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone tried to sign up with an address that has an account already. The sign-up was
 * refused (409 {@code email-taken}); the notifications module tells the owner by e-mail
 * (at most one such e-mail per account and hour).
 *
 * @param accountId the existing account
 * @param at when
 */
public record SignUpForRegisteredAddress(UUID accountId, Instant at) {
}
