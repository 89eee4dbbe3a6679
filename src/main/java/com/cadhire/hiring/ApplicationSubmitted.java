package com.cadhire.hiring;

import java.time.Instant;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.JobId;
import com.cadhire.common.UserId;

/**
 * An expert submitted an application to a client.
 *
 * @param applicationId the application
 * @param jobId its job
 * @param clientId the job's client
 * @param expertId the expert, who submitted it
 * @param termsVersion its current terms version (0 for none)
 * @param submittedAt when
 */
public record ApplicationSubmitted(ApplicationId applicationId, JobId jobId, UserId clientId, UserId expertId,
		int termsVersion, Instant submittedAt) {
}
