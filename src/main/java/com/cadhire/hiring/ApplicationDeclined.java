package com.cadhire.hiring;

import java.time.Instant;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;

/**
 * The client declined an application.
 *
 * @param applicationId the application
 * @param clientId the client, who declined it
 * @param expertId the expert
 * @param reason the reason the client gave
 * @param declinedAt when
 */
public record ApplicationDeclined(ApplicationId applicationId, UserId clientId, UserId expertId,
		ApplicationDeclineReason reason, Instant declinedAt) {
}
