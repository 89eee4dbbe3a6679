package com.cadhire.jobs;

import java.time.Instant;

import com.cadhire.common.JobId;
import com.cadhire.common.UserId;

/**
 * A client closed a job. Published in the transaction that closed it.
 *
 * @param jobId the job
 * @param ownerId its owner
 * @param closedAt when
 */
public record JobClosed(JobId jobId, UserId ownerId, Instant closedAt) {
}
