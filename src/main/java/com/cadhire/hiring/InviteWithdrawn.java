package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/** The client withdrew an invite. */
public record InviteWithdrawn(UUID inviteId, UUID expertId, Instant sentAt, Instant withdrawnAt) {
}
