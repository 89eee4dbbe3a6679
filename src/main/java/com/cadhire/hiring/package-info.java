/**
 * Hiring: invites, applications, versioned terms and offers — the negotiation between a
 * client and an expert.
 */
@NullMarked
@ApplicationModule(displayName = "Hiring",
		allowedDependencies = { "common", "accounts", "jobs", "chat", "contracts", "moderation", "screening", "web" })
package com.cadhire.hiring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
