package com.cadhire.profiles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.MessageSending;
import com.cadhire.chat.SendMessage;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.Times;
import com.cadhire.common.UserId;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import com.cadhire.support.Fixtures;
import com.cadhire.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Message responsiveness from real chat messages with a moved clock: each band, and what
 * does not count against the expert.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MessageResponsivenessTests {

	@LocalServerPort
	int port;

	@Autowired
	ConversationManagement chat;

	@Autowired
	MessageSending sending;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	Api anonymous;

	User client;

	@BeforeEach
	void setUp() {
		this.anonymous = Api.anonymous(this.port);
		this.client = this.anonymous.signUp("CLIENT", "Dana Client");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void showsTheBandOfTheMedianFirstReply() {
		assertThat(bandAfterFiveReplies(Duration.ofMinutes(30))).isEqualTo("WITHIN_AN_HOUR");
		assertThat(bandAfterFiveReplies(Duration.ofHours(2))).isEqualTo("WITHIN_A_FEW_HOURS");
		assertThat(bandAfterFiveReplies(Duration.ofHours(10))).isEqualTo("WITHIN_A_DAY");
		assertThat(bandAfterFiveReplies(Duration.ofHours(30))).isEqualTo("MORE_THAN_A_DAY");
	}

	@Test
	void showsNothingBeforeFiveReplies() {
		User expert = this.anonymous.signUp("EXPERT", "Erik Expert");
		replies(expert, 4, Duration.ofMinutes(10));
		assertThat(messageResponse(expert).isNull()).isTrue();
		replies(expert, 1, Duration.ofMinutes(10));
		assertThat(messageResponse(expert).get("band").asString()).isEqualTo("WITHIN_AN_HOUR");
		assertThat(messageResponse(expert).get("label").asString()).isEqualTo("Within an hour");
	}

	@Test
	void declaredTimeAwayDoesNotCountAgainstTheExpert() {
		User expert = this.anonymous.signUp("EXPERT", "Erik Expert");
		expert.api()
			.put("/api/v1/me/profile", ProfilesApiTests.profile("Sheet metal", "50.00", List.of("solidworks")))
			.expect(200);
		Instant start = this.clock.instant();
		this.jdbc.sql("INSERT INTO expert_time_away (expert_id, starts_at, ends_at) VALUES (?, ?, ?)")
			.params(expert.id(), Times.sql(start.minusSeconds(1)), Times.sql(start.plus(Duration.ofHours(20))))
			.update();
		UUID[] conversations = new UUID[5];
		for (int i = 0; i < 5; i++) {
			conversations[i] = open(expert);
			this.sending.send(SendMessage.text(conversations[i], this.client.id(), "Question " + i, null));
		}
		this.clock.advance(Duration.ofHours(20).plusMinutes(30));
		for (UUID conversation : conversations) {
			this.sending.send(SendMessage.text(conversation, expert.id(), "Back now, answering", null));
		}
		awaitLogged(expert, 10);
		assertThat(messageResponse(expert).get("band").asString()).isEqualTo("WITHIN_AN_HOUR");
		JsonNode directory = expert.api().get("/api/v1/experts?q=sheet").expect(200).json();
		assertThat(directory.toString()).contains("WITHIN_AN_HOUR");
	}

	@Test
	void countsARunOfClientMessagesOnceFromItsFirstAndIgnoresWhatTheExpertStarts() {
		User expert = this.anonymous.signUp("EXPERT", "Erik Expert");
		for (int i = 0; i < 5; i++) {
			UUID conversation = open(expert);
			this.sending.send(SendMessage.text(conversation, expert.id(), "Hello, I am starting", null));
			this.clock.advance(Duration.ofDays(2));
			this.sending.send(SendMessage.text(conversation, this.client.id(), "First question", null));
			this.clock.advance(Duration.ofHours(5));
			this.sending.send(SendMessage.text(conversation, this.client.id(), "Any news?", null));
			this.clock.advance(Duration.ofMinutes(30));
			this.sending.send(SendMessage.text(conversation, expert.id(), "Here is the answer", null));
			this.sending.send(SendMessage.text(conversation, expert.id(), "And more", null));
		}
		awaitLogged(expert, 25);
		assertThat(messageResponse(expert).get("band").asString()).isEqualTo("WITHIN_A_DAY");
	}

	@Test
	void countsClientsStillWaitingAfterADayAsSlow() {
		User expert = this.anonymous.signUp("EXPERT", "Erik Expert");
		replies(expert, 5, Duration.ofMinutes(5));
		for (int i = 0; i < 6; i++) {
			this.sending.send(SendMessage.text(open(expert), this.client.id(), "Hello?", null));
		}
		awaitLogged(expert, 16);
		assertThat(messageResponse(expert).get("band").asString()).isEqualTo("WITHIN_AN_HOUR");
		this.clock.advance(Duration.ofHours(25));
		assertThat(messageResponse(expert).get("band").asString()).isEqualTo("MORE_THAN_A_DAY");
	}

	@Test
	void forgetsRepliesOlderThanNinetyDays() {
		User expert = this.anonymous.signUp("EXPERT", "Erik Expert");
		replies(expert, 5, Duration.ofMinutes(5));
		assertThat(messageResponse(expert).get("band").asString()).isEqualTo("WITHIN_AN_HOUR");
		this.clock.advance(Duration.ofDays(91));
		assertThat(messageResponse(expert).isNull()).isTrue();
	}

	@Test
	void tellsTheInvitingClientThatTheExpertIsAway() {
		User expert = this.anonymous.signUp("EXPERT", "Erik Expert");
		String job = Fixtures.postJob(this.client);
		Map<String, Object> invite = Map.of("expertId", expert.id().toString(), "message", "Would you?");
		JsonNode present = this.client.api().post("/api/v1/jobs/" + job + "/invites", invite).expect(201).json();
		assertThat(present.get("expertAway").isNull()).isTrue();
		assertThat(present.get("status").asString()).isEqualTo("PENDING");

		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		Map<String, Object> profile = ProfilesApiTests.profile("Sheet metal", "50.00", List.of("solidworks"));
		profile.put("timeAway", Map.of("from", today.toString(), "to", today.plusDays(3).toString()));
		expert.api().put("/api/v1/me/profile", profile).expect(200);
		String otherJob = Fixtures.postJob(this.client);
		JsonNode away = this.client.api().post("/api/v1/jobs/" + otherJob + "/invites", invite).expect(201).json();
		assertThat(away.get("id").asString()).isNotBlank();
		assertThat(away.get("expertAway").get("from").asString()).isEqualTo(today.toString());
		assertThat(away.get("expertAway").get("to").asString()).isEqualTo(today.plusDays(3).toString());
		JsonNode shown = this.client.api().get("/api/v1/experts/" + expert.id()).expect(200).json();
		assertThat(shown.get("timeAway").get("from").asString()).isEqualTo(today.toString());
	}

	private String bandAfterFiveReplies(Duration delay) {
		User expert = this.anonymous.signUp("EXPERT", "Erik Expert");
		replies(expert, 5, delay);
		return messageResponse(expert).get("band").asString();
	}

	private void replies(User expert, int count, Duration delay) {
		int before = logged(expert);
		for (int i = 0; i < count; i++) {
			UUID conversation = open(expert);
			this.sending
				.send(SendMessage.text(conversation, this.client.id(), "Can you look at drawing " + i + "?", null));
			this.clock.advance(delay);
			this.sending.send(SendMessage.text(conversation, expert.id(), "Yes, done.", null));
		}
		awaitLogged(expert, before + 2 * count);
	}

	private UUID open(User expert) {
		return this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()), UserId.of(expert.id()),
				"Bracket");
	}

	private JsonNode messageResponse(User expert) {
		return this.client.api()
			.get("/api/v1/experts/" + expert.id())
			.expect(200)
			.json()
			.get("responsiveness")
			.get("messageResponse");
	}

	private void awaitLogged(User expert, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> logged(expert) >= count);
	}

	private int logged(User expert) {
		return this.jdbc.sql("SELECT COUNT(*) FROM message_reply_log WHERE expert_id = ?")
			.param(expert.id())
			.query(Integer.class)
			.single();
	}

}
