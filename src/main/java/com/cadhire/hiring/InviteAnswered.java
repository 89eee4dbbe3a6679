package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * An expert answered an invite: accepted (any mode) or declined.
 */
public record InviteAnswered(UUID inviteId, UUID expertId, Instant sentAt, Instant answeredAt, boolean accepted,
		UUID clientId) {
}
