/**
 * Profiles: expert profiles, the skills catalogue, the expert directory and the
 * responsiveness read model fed by hiring's invite events.
 */
@NullMarked
@ApplicationModule(displayName = "Profiles", allowedDependencies = { "common", "accounts", "hiring", "web" })
package com.cadhire.profiles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
