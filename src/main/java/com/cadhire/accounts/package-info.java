/**
 * Accounts: sign-up, sign-in (form login, HTTP Basic and personal access tokens), roles,
 * and the security filter chains (a stateless one for the API, one for pages).
 */
@NullMarked
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "common", "screening", "web" })
package com.cadhire.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
