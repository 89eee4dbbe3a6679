/**
 * Demo data for the embedded default: clients, experts, jobs, invites and applications in
 * every state, a conversation with messages, and a contract. Created once, on the first
 * start, when {@code cadhire.demo-data.enabled} is true (the default profile; never with
 * the postgres profile unless asked for).
 */
@NullMarked
@ApplicationModule(displayName = "Demo data")
package com.cadhire.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
