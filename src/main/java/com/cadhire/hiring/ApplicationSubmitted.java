package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * An expert submitted an application to a client.
 */
public record ApplicationSubmitted(UUID applicationId, UUID jobId, UUID clientId, UUID expertId, Instant submittedAt) {
}
