/**
 * Jobs: what clients post, who may see them, and closing them.
 */
@NullMarked
@ApplicationModule(displayName = "Jobs",
		allowedDependencies = { "common", "accounts", "moderation", "screening", "web" })
package com.cadhire.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
