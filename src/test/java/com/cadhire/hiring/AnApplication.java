package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

import com.cadhire.support.DomainEvents;

/**
 * Object mother: applications in every state, reached through their real transitions and
 * with the events of getting there forgotten.
 */
final class AnApplication {

	static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

	static final UUID JOB = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID CLIENT = UUID.fromString("00000000-0000-0000-0000-00000000000c");

	static final UUID EXPERT = UUID.fromString("00000000-0000-0000-0000-00000000000e");

	static final UUID CONVERSATION = UUID.fromString("00000000-0000-0000-0000-0000000000cc");

	private AnApplication() {
	}

	/** Submitted with terms version 1. */
	static Application submitted() {
		return DomainEvents.cleared(Application.submitted(JOB, CLIENT, EXPERT, null, "I can do this.", 1, NOW));
	}

	/** A "chat first" draft with the client's proposed terms as version 1. */
	static Application draft() {
		return DomainEvents.cleared(Application.draft(JOB, CLIENT, EXPERT, UUID.randomUUID(), 1, NOW));
	}

	/** A "chat first" draft whose invite carried no terms. */
	static Application draftWithoutTerms() {
		return DomainEvents.cleared(Application.draft(JOB, CLIENT, EXPERT, UUID.randomUUID(), 0, NOW));
	}

	static Application interviewing() {
		return DomainEvents.cleared(submitted().reply(CONVERSATION, NOW));
	}

	static Application offered() {
		return DomainEvents.cleared(interviewing().offer(1, NOW));
	}

	static Application hired() {
		return DomainEvents.cleared(offered().hire(NOW));
	}

	static Application withdrawn() {
		return DomainEvents.cleared(submitted().withdraw(NOW));
	}

	static Application declined() {
		return DomainEvents.cleared(submitted().decline(ApplicationDeclineReason.NOT_A_FIT, "", NOW));
	}

	static Application closed() {
		return DomainEvents.cleared(submitted().close(NOW));
	}

	static Application in(ApplicationStatus status) {
		return switch (status) {
			case DRAFT -> draft();
			case SUBMITTED -> submitted();
			case INTERVIEWING -> interviewing();
			case OFFERED -> offered();
			case HIRED -> hired();
			case WITHDRAWN -> withdrawn();
			case DECLINED -> declined();
			case CLOSED -> closed();
		};
	}

}
