/**
 * Moderation: the platform's contact-information policy on top of the {@code screening}
 * engine — which surfaces are screened, who is exempt (a confirmed Direct Hire buyout),
 * the allow-list — and the moderators' cases, strikes and audited reads.
 */
@NullMarked
@ApplicationModule(displayName = "Moderation",
		allowedDependencies = { "common", "accounts", "contracts", "screening", "web" })
package com.cadhire.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
