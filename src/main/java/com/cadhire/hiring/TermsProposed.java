package com.cadhire.hiring;

import java.time.Instant;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;

/**
 * One party proposed a new version of the terms.
 */
public record TermsProposed(ApplicationId applicationId, int version, UserId authorId, UserId clientId, UserId expertId,
		Instant proposedAt) {
}
