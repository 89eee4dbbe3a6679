package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * The client declined an application.
 */
public record ApplicationDeclined(UUID applicationId, UUID clientId, UUID expertId, Instant declinedAt) {
}
