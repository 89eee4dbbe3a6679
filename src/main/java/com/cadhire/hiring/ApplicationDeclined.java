package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * The client declined an application.
 *
 * @param applicationId the application
 * @param clientId the client, who declined it
 * @param expertId the expert
 * @param reason the reason the client gave
 * @param declinedAt when
 */
public record ApplicationDeclined(UUID applicationId, UUID clientId, UUID expertId, ApplicationDeclineReason reason,
		Instant declinedAt) {
}
