package com.cadhire.profiles;

import java.time.Instant;
import java.util.UUID;

import com.cadhire.common.Times;
import com.cadhire.hiring.InviteAnswered;
import com.cadhire.hiring.InviteSent;
import com.cadhire.hiring.InviteWithdrawn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one row per invite an expert received, for responsiveness. Events may arrive in
 * any order and more than once (the registry retries), so every write is idempotent: the
 * row is created by whichever event comes first, and later events only fill in what is
 * still missing.
 */
@Component
class InviteResponsivenessListener {

	private final JdbcClient jdbc;

	InviteResponsivenessListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(InviteSent event) {
		record(event.inviteId().value(), event.expertId().value(), event.sentAt());
	}

	@ApplicationModuleListener
	void on(InviteAnswered event) {
		record(event.inviteId().value(), event.expertId().value(), event.sentAt());
		this.jdbc.sql("""
				UPDATE invite_responsiveness SET answered_at = :answeredAt
				WHERE invite_id = :inviteId AND answered_at IS NULL
				""")
			.param("answeredAt", Times.sql(event.answeredAt()))
			.param("inviteId", event.inviteId().value())
			.update();
	}

	@ApplicationModuleListener
	void on(InviteWithdrawn event) {
		record(event.inviteId().value(), event.expertId().value(), event.sentAt());
		this.jdbc.sql("""
				UPDATE invite_responsiveness SET withdrawn_at = :withdrawnAt
				WHERE invite_id = :inviteId AND withdrawn_at IS NULL
				""")
			.param("withdrawnAt", Times.sql(event.withdrawnAt()))
			.param("inviteId", event.inviteId().value())
			.update();
	}

	private void record(UUID inviteId, UUID expertId, Instant sentAt) {
		this.jdbc.sql("""
				INSERT INTO invite_responsiveness (invite_id, expert_id, sent_at)
				VALUES (:inviteId, :expertId, :sentAt)
				ON CONFLICT DO NOTHING
				""")
			.param("inviteId", inviteId)
			.param("expertId", expertId)
			.param("sentAt", Times.sql(sentAt))
			.update();
	}

}
