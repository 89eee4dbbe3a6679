package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * An invite expired unanswered (job closed, or 30 days).
 */
public record InviteExpired(UUID inviteId, UUID clientId, UUID expertId, Instant expiredAt) {
}
