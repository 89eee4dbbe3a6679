package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/** An expert received an invite. */
public record InviteSent(UUID inviteId, UUID jobId, UUID clientId, UUID expertId, Instant sentAt) {
}
