package com.cadhire.hiring;

import java.time.Instant;

import com.cadhire.common.InviteId;
import com.cadhire.common.UserId;

/**
 * An expert answered an invite: accepted (any mode) or declined.
 */
public record InviteAnswered(InviteId inviteId, UserId expertId, Instant sentAt, Instant answeredAt, Answer answer,
		UserId clientId) {

	/**
	 * @return whether the expert accepted (in any mode)
	 */
	public boolean accepted() {
		return this.answer == Answer.ACCEPTED;
	}

	/**
	 * What the expert answered.
	 */
	public enum Answer {

		/** Accepted as proposed, with their own terms, or to chat first. */
		ACCEPTED,

		/** Declined, with a reason. */
		DECLINED

	}

}
