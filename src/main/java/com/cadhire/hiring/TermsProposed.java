package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * One party proposed a new version of the terms.
 */
public record TermsProposed(UUID applicationId, int version, UUID authorId, UUID clientId, UUID expertId,
		Instant proposedAt) {
}
