/**
 * Contracts: what an accepted offer starts, and the Direct Hire buyout after which the
 * two parties may exchange contact information.
 */
@NullMarked
@ApplicationModule(displayName = "Contracts", allowedDependencies = { "common", "accounts", "web" })
package com.cadhire.contracts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
