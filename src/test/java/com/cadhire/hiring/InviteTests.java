package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

import com.cadhire.common.InviteId;
import com.cadhire.common.JobId;
import com.cadhire.common.UserId;
import com.cadhire.hiring.Invite.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

import static com.cadhire.hiring.AnApplication.CLIENT;
import static com.cadhire.hiring.AnApplication.EXPERT;
import static com.cadhire.hiring.AnApplication.JOB;
import static com.cadhire.hiring.AnApplication.NOW;
import static com.cadhire.support.Conflicts.assertRefusedIn;
import static com.cadhire.support.DomainEvents.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transition of an invite, allowed and refused.
 */
class InviteTests {

	private static final Instant LATER = NOW.plusSeconds(3600);

	@Test
	void sentInviteIsPendingForThirtyDaysAndAnnouncesItself() {
		Invite invite = Invite.send(JOB, CLIENT, EXPERT, "Hi", null, NOW);

		assertThat(invite.status()).isEqualTo(Status.PENDING);
		assertThat(invite.expiresAt()).isEqualTo(NOW.plus(java.time.Duration.ofDays(30)));
		assertThat(of(invite)).containsExactly(
				new InviteSent(InviteId.of(invite.id()), JobId.of(JOB), UserId.of(CLIENT), UserId.of(EXPERT), NOW));
	}

	@Test
	void expertAcceptsAPendingInvite() {
		Invite invite = AnInvite.pending();
		UUID applicationId = UUID.randomUUID();

		invite.accept(applicationId, LATER);

		assertThat(invite.status()).isEqualTo(Status.ACCEPTED);
		assertThat(invite.applicationId()).isEqualTo(applicationId);
		assertThat(invite.answeredAt()).isEqualTo(LATER);
		assertThat(of(invite)).containsExactly(new InviteAnswered(InviteId.of(invite.id()), UserId.of(EXPERT), NOW,
				LATER, InviteAnswered.Answer.ACCEPTED, UserId.of(CLIENT)));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "PENDING")
	void rejectsAcceptingAnInviteThatIsNotPending(Status status) {
		Invite invite = AnInvite.in(status);

		assertRefusedIn(() -> invite.accept(UUID.randomUUID(), LATER), status);
		assertThat(invite.status()).isEqualTo(status);
		assertThat(of(invite)).isEmpty();
	}

	@Test
	void expertDeclinesAPendingInviteWithAReason() {
		Invite invite = AnInvite.pending();

		invite.decline(Invite.DeclineReason.RATE_TOO_LOW, "Budget is low", LATER);

		assertThat(invite.status()).isEqualTo(Status.DECLINED);
		assertThat(invite.declineReason()).isEqualTo(Invite.DeclineReason.RATE_TOO_LOW);
		assertThat(invite.declineMessage()).isEqualTo("Budget is low");
		assertThat(of(invite)).containsExactly(new InviteAnswered(InviteId.of(invite.id()), UserId.of(EXPERT), NOW,
				LATER, InviteAnswered.Answer.DECLINED, UserId.of(CLIENT)));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "PENDING")
	void rejectsDecliningAnInviteThatIsNotPending(Status status) {
		Invite invite = AnInvite.in(status);

		assertRefusedIn(() -> invite.decline(Invite.DeclineReason.OTHER, "", LATER), status);
		assertThat(of(invite)).isEmpty();
	}

	@Test
	void clientWithdrawsAPendingInvite() {
		Invite invite = AnInvite.pending();

		invite.withdraw(LATER);

		assertThat(invite.status()).isEqualTo(Status.WITHDRAWN);
		assertThat(of(invite))
			.containsExactly(new InviteWithdrawn(InviteId.of(invite.id()), UserId.of(EXPERT), NOW, LATER));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "PENDING")
	void rejectsWithdrawingAnInviteThatIsNotPending(Status status) {
		Invite invite = AnInvite.in(status);

		assertRefusedIn(() -> invite.withdraw(LATER), status);
		assertThat(of(invite)).isEmpty();
	}

	@Test
	void pendingInviteExpires() {
		Invite invite = AnInvite.pending();
		Instant due = NOW.plus(Invite.LIFETIME);

		assertThat(invite.isDue(due.minusMillis(1))).isFalse();
		assertThat(invite.isDue(due)).isTrue();
		invite.expire(due);

		assertThat(invite.status()).isEqualTo(Status.EXPIRED);
		assertThat(invite.isDue(due)).isFalse();
		assertThat(of(invite))
			.containsExactly(new InviteExpired(InviteId.of(invite.id()), UserId.of(CLIENT), UserId.of(EXPERT), due));
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, mode = Mode.EXCLUDE, names = "PENDING")
	void rejectsExpiringAnInviteThatIsNotPending(Status status) {
		Invite invite = AnInvite.in(status);

		assertRefusedIn(() -> invite.expire(NOW.plus(Invite.LIFETIME)), status);
		assertThat(of(invite)).isEmpty();
	}

}
