package com.cadhire.hiring;

import java.time.Instant;

import com.cadhire.common.InviteId;
import com.cadhire.common.JobId;
import com.cadhire.common.UserId;

/**
 * An expert received an invite.
 */
public record InviteSent(InviteId inviteId, JobId jobId, UserId clientId, UserId expertId, Instant sentAt) {
}
