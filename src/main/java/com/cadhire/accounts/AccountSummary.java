package com.cadhire.accounts;

import java.util.UUID;

/**
 * What other modules may know of an account: never its e-mail address or password.
 *
 * @param id the account id
 * @param displayName the name shown to others
 * @param role the role
 */
public record AccountSummary(UUID id, String displayName, Role role) {
}
