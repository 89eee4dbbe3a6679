package com.cadhire.hiring;

import java.util.UUID;

import com.cadhire.support.DomainEvents;

import static com.cadhire.hiring.AnApplication.CLIENT;
import static com.cadhire.hiring.AnApplication.EXPERT;
import static com.cadhire.hiring.AnApplication.JOB;
import static com.cadhire.hiring.AnApplication.NOW;

/**
 * Object mother: invites in every state, reached through their real transitions.
 */
final class AnInvite {

	private AnInvite() {
	}

	static Invite pending() {
		return DomainEvents.cleared(Invite.send(JOB, CLIENT, EXPERT, "Would you take this on?", null, NOW));
	}

	static Invite in(Invite.Status status) {
		Invite invite = pending();
		return DomainEvents.cleared(switch (status) {
			case PENDING -> invite;
			case ACCEPTED -> invite.accept(UUID.randomUUID(), NOW.plusSeconds(60));
			case DECLINED -> invite.decline(Invite.DeclineReason.TOO_BUSY, "", NOW.plusSeconds(60));
			case WITHDRAWN -> invite.withdraw(NOW.plusSeconds(60));
			case EXPIRED -> invite.expire(NOW.plus(Invite.LIFETIME));
		});
	}

}
