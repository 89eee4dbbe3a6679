package com.cadhire.profiles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.common.InviteId;
import com.cadhire.common.JobId;
import com.cadhire.common.UserId;
import com.cadhire.hiring.InviteAnswered;
import com.cadhire.hiring.InviteSent;
import com.cadhire.moderation.ContactPolicy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profiles module booted alone: hiring's invite events, published with a
 * {@link Scenario}, lead to the responsiveness band the read model shows. The beans of
 * other modules that profiles uses are mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "common")
// the readiness group names live's health contributor, which is not booted here
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class ProfilesModuleTests {

	/** How long a listener may take on a loaded machine. */
	static final Duration WAIT = Duration.ofSeconds(15);

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	ContactPolicy contactPolicy;

	@Autowired
	ResponsivenessReadModel responsiveness;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void fiveInvitesAnsweredWithinHoursShowUnder24Hours(Scenario scenario) {
		UUID expertId = UUID.randomUUID();
		Instant now = this.clock.instant();
		scenario.stimulate((transactions, publisher) -> {
			for (int i = 0; i < 4; i++) {
				inviteAndAnswer(transactions, expertId, now.minus(Duration.ofDays(10 + i)), Duration.ofHours(3));
			}
		}).andWaitAtMost(WAIT).andWaitForStateChange(() -> answered(expertId), (answered) -> answered == 4);
		// four counted invites give no band yet
		assertThat(this.responsiveness.of(expertId)).isEqualTo(Responsiveness.UNKNOWN);

		// sent a day ago and not answered yet: its answer is not known, so it does not
		// count
		UUID fifth = UUID.randomUUID();
		Instant sentAt = now.minus(Duration.ofDays(1));
		scenario
			.publish(new InviteSent(InviteId.of(fifth), JobId.of(UUID.randomUUID()), UserId.of(UUID.randomUUID()),
					UserId.of(expertId), sentAt))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> invites(expertId), (invites) -> invites == 5);
		assertThat(this.responsiveness.of(expertId).inviteResponse()).isNull();
		scenario
			.publish(new InviteAnswered(InviteId.of(fifth), UserId.of(expertId), sentAt,
					sentAt.plus(Duration.ofHours(5)), InviteAnswered.Answer.DECLINED, UserId.of(UUID.randomUUID())))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> this.responsiveness.of(expertId).inviteResponse())
			.andVerify((band) -> {
				assertThat(band).isEqualTo(ResponseBand.UNDER_24_HOURS);
				assertThat(band.label()).isEqualTo("Under 24 hours");
			});
		assertThat(this.responsiveness.of(expertId).messageResponse()).isNull();
	}

	@Test
	void fiveInvitesAnsweredAfterFourDaysShowMoreThan3Days(Scenario scenario) {
		UUID expertId = UUID.randomUUID();
		Instant now = this.clock.instant();
		scenario.stimulate((transactions, publisher) -> {
			for (int i = 0; i < 5; i++) {
				inviteAndAnswer(transactions, expertId, now.minus(Duration.ofDays(30 + i)), Duration.ofDays(4));
			}
		})
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> this.responsiveness.of(expertId).inviteResponse())
			.andVerify((band) -> assertThat(band).isEqualTo(ResponseBand.MORE_THAN_3_DAYS));
		assertThat(answered(expertId)).isEqualTo(5);
	}

	/**
	 * Sends an invite and answers it after the given time, each in its own transaction.
	 */
	void inviteAndAnswer(TransactionOperations transactions, UUID expertId, Instant sentAt, Duration after) {
		UUID inviteId = UUID.randomUUID();
		transactions.executeWithoutResult((status) -> this.events.publishEvent(new InviteSent(InviteId.of(inviteId),
				JobId.of(UUID.randomUUID()), UserId.of(UUID.randomUUID()), UserId.of(expertId), sentAt)));
		transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(new InviteAnswered(InviteId.of(inviteId), UserId.of(expertId),
						sentAt, sentAt.plus(after), InviteAnswered.Answer.ACCEPTED, UserId.of(UUID.randomUUID()))));
	}

	long answered(UUID expertId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM invite_responsiveness WHERE expert_id = :id AND answered_at IS NOT NULL")
			.param("id", expertId)
			.query(Long.class)
			.single();
	}

	long invites(UUID expertId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM invite_responsiveness WHERE expert_id = :id")
			.param("id", expertId)
			.query(Long.class)
			.single();
	}

}
