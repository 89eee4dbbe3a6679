package com.cadhire.hiring;

import java.time.Instant;

import com.cadhire.common.InviteId;
import com.cadhire.common.UserId;

/**
 * The client withdrew an invite.
 */
public record InviteWithdrawn(InviteId inviteId, UserId expertId, Instant sentAt, Instant withdrawnAt) {
}
