package com.cadhire.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.cadhire.accounts.Account;
import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.accounts.Role;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.MessagePosted;
import com.cadhire.chat.ReadPointers;
import com.cadhire.chat.TimelineReader;
import com.cadhire.common.InviteId;
import com.cadhire.common.JobId;
import com.cadhire.common.UserId;
import com.cadhire.contracts.ContractManagement;
import com.cadhire.hiring.ApplicationManagement;
import com.cadhire.hiring.InviteManagement;
import com.cadhire.hiring.InviteSent;
import com.cadhire.hiring.OfferManagement;
import com.cadhire.jobs.JobManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The notifications module booted alone: hiring's events, published with a
 * {@link Scenario}, lead to a notification in the recipient's list with its e-mail in the
 * outbox, or to a line of the next digest. The beans of other modules that notifications
 * uses are mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "common")
// the readiness group names live's health contributor, which is not booted here
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class NotificationsModuleTests {

	/** How long a listener may take on a loaded machine. */
	static final Duration WAIT = Duration.ofSeconds(15);

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	ConversationManagement chat;

	@MockitoBean
	TimelineReader timeline;

	@MockitoBean
	ReadPointers readPointers;

	@MockitoBean
	InviteManagement invites;

	@MockitoBean
	ApplicationManagement applications;

	@MockitoBean
	OfferManagement offers;

	@MockitoBean
	JobManagement jobs;

	@MockitoBean
	ContractManagement contracts;

	@Autowired
	NotificationCenter center;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** The people and conversations of this test, whose rows are removed after it. */
	final List<UUID> used = new ArrayList<>();

	/**
	 * Leaves nothing behind for the tests that share the database: the outbox sender and
	 * the batch job of other test classes would take up these rows of people and
	 * conversations that do not exist.
	 */
	@AfterEach
	void removeRows() {
		for (UUID id : this.used) {
			this.jdbc.sql("DELETE FROM notification_pending WHERE recipient_id = ? OR conversation_id = ?")
				.params(id, id)
				.update();
			this.jdbc.sql("DELETE FROM email_outbox WHERE recipient_id = ?").param(id).update();
			this.jdbc.sql("DELETE FROM notifications WHERE recipient_id = ?").param(id).update();
		}
	}

	@Test
	void anInviteSentShowsInTheExpertsListAndQueuesTheirEmail(Scenario scenario) {
		UUID expertId = UUID.randomUUID();
		UUID clientId = UUID.randomUUID();
		UUID inviteId = UUID.randomUUID();
		this.used.addAll(List.of(expertId, clientId));
		given(this.accounts.summary(UserId.of(clientId)))
			.willReturn(Optional.of(new AccountSummary(clientId, "Casey Client", Role.CLIENT)));
		Account expert = mock(Account.class);
		given(expert.email()).willReturn("erin@example.com");
		given(this.accounts.get(UserId.of(expertId))).willReturn(expert);

		scenario
			.publish(new InviteSent(InviteId.of(inviteId), JobId.of(UUID.randomUUID()), UserId.of(clientId),
					UserId.of(expertId), this.clock.instant()))
			.andWaitAtMost(WAIT)
			.andWaitForEventOfType(NotificationCreated.class)
			.matching((created) -> created.recipientId().equals(expertId))
			.toArriveAndVerify(
					(created) -> assertThat(created.notification().kind()).isEqualTo(NotificationKind.INVITE_RECEIVED));

		List<Notification> listed = this.center.list(expertId, null, 10).items();
		assertThat(listed).hasSize(1);
		Notification notification = listed.get(0);
		assertThat(notification.kind()).isEqualTo(NotificationKind.INVITE_RECEIVED);
		assertThat(notification.actorName()).isEqualTo("Casey Client");
		assertThat(notification.text()).startsWith("Casey Client invited you to");
		assertThat(notification.link()).isEqualTo("/invites/" + inviteId);
		assertThat(notification.read()).isFalse();
		assertThat(this.center.unread(expertId)).isEqualTo(1);
		assertThat(this.center.list(clientId, null, 10).items()).isEmpty();

		Map<String, Object> email = this.jdbc
			.sql("SELECT to_address, kind, status, dedupe_key FROM email_outbox WHERE recipient_id = ?")
			.param(expertId)
			.query()
			.singleRow();
		assertThat(email).containsEntry("to_address", "erin@example.com")
			.containsEntry("kind", NotificationKind.INVITE_RECEIVED.name())
			.containsEntry("status", "PENDING")
			.containsEntry("dedupe_key", "invite-received:" + inviteId);
	}

	@Test
	void aMessagePostedWaitsForTheDigestOfTheOtherParticipantOnly(Scenario scenario) {
		UUID conversationId = UUID.randomUUID();
		UUID messageId = UUID.randomUUID();
		UUID clientId = UUID.randomUUID();
		UUID expertId = UUID.randomUUID();
		Instant sentAt = this.clock.instant();
		this.used.addAll(List.of(conversationId, clientId, expertId));
		scenario.publish(new MessagePosted(conversationId, messageId, 7, clientId, Set.of(clientId, expertId), sentAt))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> pending(conversationId), (pending) -> !pending.isEmpty())
			.andVerify((pending) -> {
				assertThat(pending).hasSize(1);
				Map<String, Object> line = pending.get(0);
				assertThat(line).containsEntry("recipient_id", expertId)
					.containsEntry("kind", NotificationKind.UNREAD_MESSAGES.name())
					.containsEntry("seq", 7L)
					.containsEntry("dedupe_key", "unread:" + expertId + ":" + messageId);
			});
		// batched by default: nothing is e-mailed at once
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE recipient_id IN (?, ?)")
			.params(clientId, expertId)
			.query(Long.class)
			.single()).isZero();
	}

	/** The digest lines waiting for a conversation's messages. */
	List<Map<String, Object>> pending(UUID conversationId) {
		return this.jdbc
			.sql("SELECT recipient_id, kind, seq, dedupe_key FROM notification_pending WHERE conversation_id = ?")
			.param(conversationId)
			.query()
			.listOfRows();
	}

}
