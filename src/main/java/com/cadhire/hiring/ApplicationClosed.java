package com.cadhire.hiring;

import java.time.Instant;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.JobId;
import com.cadhire.common.UserId;

/**
 * A live application closed with its job.
 *
 * @param applicationId the application
 * @param jobId the job its client closed
 * @param clientId the client
 * @param expertId the expert
 * @param closedAt when
 */
public record ApplicationClosed(ApplicationId applicationId, JobId jobId, UserId clientId, UserId expertId,
		Instant closedAt) {
}
