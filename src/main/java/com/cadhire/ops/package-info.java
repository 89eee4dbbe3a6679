/**
 * Operations: what an operator scrapes and probes. The product's own meters (messages
 * sent, offers accepted, contracts started, failed and locked sign-ins), counted from the
 * other modules' events once their transaction commits, and the security of the
 * management endpoints, which live on their own port (loopback by default) so that
 * nothing operational is reachable through the public port except the bare probes.
 * <p>
 * Meters that need a module's internals are that module's own: the outbox backlog and
 * send failures (notifications), screening findings (moderation), the wake-up listener's
 * health (live).
 */
@NullMarked
@ApplicationModule(displayName = "Operations", allowedDependencies = { "chat", "hiring", "contracts" })
package com.cadhire.ops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
