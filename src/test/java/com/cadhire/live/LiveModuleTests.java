package com.cadhire.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.accounts.AccessTokens;
import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.accounts.Role;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.ReadPointers;
import com.cadhire.chat.TimelineReader;
import com.cadhire.common.InviteId;
import com.cadhire.common.UserId;
import com.cadhire.hiring.InviteAnswered;
import com.cadhire.live.EventLog.Logged;
import com.cadhire.notifications.Notification;
import com.cadhire.notifications.NotificationCreated;
import com.cadhire.notifications.NotificationKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The live module booted alone: hiring's and notifications' events, published with a
 * {@link Scenario}, are written into the event log of each user they concern. The beans
 * of other modules that live uses are mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "common")
class LiveModuleTests {

	/** How long a listener may take on a loaded machine. */
	static final Duration WAIT = Duration.ofSeconds(15);

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AccessTokens tokens;

	@MockitoBean
	ConversationManagement chat;

	@MockitoBean
	TimelineReader timeline;

	@MockitoBean
	ReadPointers readPointers;

	@Autowired
	EventLog log;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Test
	void anInviteDeclinedIsLoggedForTheClientAndTheExpert(Scenario scenario) {
		UUID inviteId = UUID.randomUUID();
		UUID clientId = UUID.randomUUID();
		UUID expertId = UUID.randomUUID();
		given(this.accounts.summary(UserId.of(expertId)))
			.willReturn(Optional.of(new AccountSummary(expertId, "Erin Expert", Role.EXPERT)));
		Instant sentAt = this.clock.instant().minus(Duration.ofHours(2));
		scenario
			.publish(new InviteAnswered(InviteId.of(inviteId), UserId.of(expertId), sentAt,
					sentAt.plus(Duration.ofHours(1)), InviteAnswered.Answer.DECLINED, UserId.of(clientId)))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> this.log.after(clientId, 0, 10), (logged) -> !logged.isEmpty())
			.andVerify((logged) -> {
				assertThat(logged).hasSize(1);
				assertThat(logged.get(0).name()).isEqualTo("invite.answered");
				assertThat(logged.get(0).unread()).isFalse();
				JsonNode data = this.json.readTree(logged.get(0).data());
				assertThat(data.get("type").asString()).isEqualTo("invite");
				assertThat(data.get("status").asString()).isEqualTo("DECLINED");
				assertThat(data.get("text").asString()).isEqualTo("Erin Expert declined your invite");
				assertThat(data.get("inviteId").asString()).isEqualTo(inviteId.toString());
			});
		List<Logged> expertsLog = this.log.after(expertId, 0, 10);
		assertThat(expertsLog).extracting(Logged::name).containsExactly("invite.answered");
		assertThat(expertsLog.get(0).data()).isEqualTo(this.log.after(clientId, 0, 10).get(0).data());
	}

	@Test
	void aNotificationCreatedIsLoggedForItsRecipientOnly(Scenario scenario) {
		UUID recipientId = UUID.randomUUID();
		UUID notificationId = UUID.randomUUID();
		Notification notification = new Notification(notificationId, NotificationKind.INVITE_RECEIVED,
				"Casey Client invited you to “Gearbox housing”", "Casey Client", "Gearbox housing", null,
				"/invites/" + UUID.randomUUID(), this.clock.instant(), false);
		scenario.publish(new NotificationCreated(notification, recipientId, 3))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> this.log.after(recipientId, 0, 10), (logged) -> !logged.isEmpty())
			.andVerify((logged) -> {
				assertThat(logged).extracting(Logged::name).containsExactly("notification.created");
				JsonNode data = this.json.readTree(logged.get(0).data());
				assertThat(data.get("id").asString()).isEqualTo(notificationId.toString());
				assertThat(data.get("kind").asString()).isEqualTo("INVITE_RECEIVED");
				assertThat(data.get("text").asString()).isEqualTo(notification.text());
				assertThat(data.get("link").asString()).isEqualTo(notification.link());
				assertThat(data.get("unread").asInt()).isEqualTo(3);
			});
		assertThat(this.log.lastId(recipientId)).isEqualTo(this.log.after(recipientId, 0, 10).get(0).id());
	}

}
