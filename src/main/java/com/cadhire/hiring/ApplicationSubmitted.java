package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

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
public record ApplicationSubmitted(UUID applicationId, UUID jobId, UUID clientId, UUID expertId, int termsVersion,
		Instant submittedAt) {
}
