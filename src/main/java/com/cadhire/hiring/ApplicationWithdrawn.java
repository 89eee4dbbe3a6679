package com.cadhire.hiring;

import java.time.Instant;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;

/**
 * The expert withdrew an application.
 */
public record ApplicationWithdrawn(ApplicationId applicationId, UserId clientId, UserId expertId, Instant withdrawnAt) {
}
