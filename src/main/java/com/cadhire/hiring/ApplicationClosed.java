package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * A live application closed with its job.
 *
 * @param applicationId the application
 * @param jobId the job its client closed
 * @param clientId the client
 * @param expertId the expert
 * @param closedAt when
 */
public record ApplicationClosed(UUID applicationId, UUID jobId, UUID clientId, UUID expertId, Instant closedAt) {
}
