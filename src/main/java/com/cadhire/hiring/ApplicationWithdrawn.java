package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * The expert withdrew an application.
 */
public record ApplicationWithdrawn(UUID applicationId, UUID clientId, UUID expertId, Instant withdrawnAt) {
}
