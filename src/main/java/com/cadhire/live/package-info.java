/**
 * Live: the per-user stream of server-sent events (new and changed messages, read
 * markers, unread counts, typing, and the funnel changes that concern the user).
 * <p>
 * Listens synchronously to the events of chat, hiring and contracts and writes what each
 * user is to receive into a per-user event log, in the transaction of the change. Open
 * streams are woken after commit through a {@link com.cadhire.live.WakeUpBus} (PostgreSQL
 * {@code LISTEN/NOTIFY} between nodes, in process on H2) and read the log in short
 * queries; a reconnecting client resumes after its {@code Last-Event-ID}. Streams are
 * written with non-blocking servlet output, so a client that stops reading holds no
 * shared thread; it is dropped after the write deadline (ADR 0007). The module's meters:
 * {@code cadhire.live.deliveries}, {@code cadhire.live.delivery.latency},
 * {@code cadhire.live.streams.open} and {@code cadhire.live.streams.dropped}. The domain
 * modules never see this module.
 */
@NullMarked
@ApplicationModule(displayName = "Live events",
		allowedDependencies = { "common", "accounts", "chat", "hiring", "contracts", "notifications" })
package com.cadhire.live;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
