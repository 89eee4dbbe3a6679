package com.cadhire.hiring;

import java.time.Instant;

import com.cadhire.common.InviteId;
import com.cadhire.common.UserId;

/**
 * An invite expired unanswered (job closed, or 30 days).
 */
public record InviteExpired(InviteId inviteId, UserId clientId, UserId expertId, Instant expiredAt) {
}
