/**
 * Accounts: sign-up, sign-in (form login, HTTP Basic and personal access tokens), roles,
 * and the one security filter chain.
 */
@NullMarked
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "common", "web" })
package com.cadhire.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
