package com.cadhire.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A client closed a job. Published in the transaction that closed it.
 *
 * @param jobId the job
 * @param ownerId its owner
 * @param closedAt when
 */
public record JobClosed(UUID jobId, UUID ownerId, Instant closedAt) {
}
