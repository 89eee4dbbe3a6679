package com.cadhire.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone signed up with a new address (the notifications module welcomes them by e-mail,
 * which is the "check your e-mail" the sign-up answered).
 *
 * @param accountId the new account
 * @param at when
 */
public record AccountCreated(UUID accountId, Instant at) {
}
