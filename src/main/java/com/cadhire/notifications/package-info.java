/**
 * Notifications: e-mail about invites, replies, offers and unread messages, fed by the
 * other modules' events and sent from a database outbox.
 * <p>
 * Decisions others will ask about:
 * <ul>
 * <li>Every e-mail is a row of {@code email_outbox} first, queued once per
 * {@code dedupe_key} (a retried listener queues nothing twice). Any node sends due rows:
 * it claims a few with {@code SELECT ... FOR UPDATE SKIP LOCKED} in a short transaction,
 * hands each to SMTP and marks it SENT in that same transaction. A failure is retried
 * with exponential backoff up to {@code max-attempts}, then the row is FAILED.</li>
 * <li>At-least-once edge: if a node dies after the SMTP server accepted an e-mail but
 * before its transaction commits, the row is still PENDING and another node sends it
 * again. SMTP offers no way to make that exactly-once; the window is one batch.</li>
 * <li>Each person chooses per kind: IMMEDIATE, BATCHED or OFF. BATCHED unread messages
 * wait {@code unread-delay} (2 minutes) and go out as one e-mail per conversation with
 * only what is still unread then; other BATCHED kinds wait {@code digest-delay} and go
 * out as one digest per person.</li>
 * <li>Without {@code spring.mail.host} nothing leaves the machine: e-mails are marked
 * sent and shown at {@code /dev/mailbox} (when {@code cadhire.notifications.dev-mailbox}
 * is on).</li>
 * </ul>
 */
@NullMarked
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "common", "accounts", "jobs", "hiring", "chat", "contracts", "moderation" })
package com.cadhire.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
