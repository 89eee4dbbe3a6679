package com.cadhire.profiles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.cadhire.common.Times;
import com.cadhire.hiring.ExpertAvailability;
import com.cadhire.hiring.InviteAnswered;
import com.cadhire.hiring.InviteSent;
import com.cadhire.hiring.InviteWithdrawn;
import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responsiveness fed by hiring's invite events, and the availability port hiring asks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ResponsivenessEventsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpertAvailability availability;

	@Autowired
	Clock clock;

	Api anonymous;

	@BeforeEach
	void setUp() {
		this.anonymous = Api.anonymous(this.port);
	}

	void publish(Object... published) {
		this.transactions.executeWithoutResult((status) -> {
			for (Object event : published) {
				this.events.publishEvent(event);
			}
		});
	}

	/**
	 * Sends an invite {@code daysAgo} days ago and has the expert answer it after the
	 * given time.
	 */
	void inviteAndAnswer(UUID expertId, int daysAgo, Duration after) {
		UUID inviteId = UUID.randomUUID();
		Instant sentAt = this.clock.instant().minus(Duration.ofDays(daysAgo));
		publish(new InviteSent(inviteId, UUID.randomUUID(), UUID.randomUUID(), expertId, sentAt));
		publish(new InviteAnswered(inviteId, expertId, sentAt, sentAt.plus(after), InviteAnswered.Answer.ACCEPTED,
				UUID.randomUUID()));
	}

	JsonNode awaitProfile(Api api, UUID expertId, Predicate<JsonNode> condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		JsonNode profile = api.get("/api/v1/experts/" + expertId).expect(200).json();
		while (!condition.test(profile)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for the listener; last profile: " + profile);
			}
			sleep();
			profile = api.get("/api/v1/experts/" + expertId).expect(200).json();
		}
		return profile;
	}

	long rows(UUID expertId, String condition) {
		return this.jdbc.sql("SELECT COUNT(*) FROM invite_responsiveness WHERE expert_id = :id AND " + condition)
			.param("id", expertId)
			.query(Long.class)
			.single();
	}

	long rows(UUID expertId, String condition, Object answeredAt) {
		return this.jdbc.sql("SELECT COUNT(*) FROM invite_responsiveness WHERE expert_id = :id AND " + condition)
			.param("id", expertId)
			.param("answeredAt", answeredAt)
			.query(Long.class)
			.single();
	}

	/** Waits until every listener has completed every event about the invite. */
	void awaitListenersDone(UUID inviteId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (this.jdbc.sql(
				"SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :invite")
			.param("invite", "%" + inviteId + "%")
			.query(Long.class)
			.single() > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for the listeners of invite " + inviteId);
			}
			sleep();
		}
	}

	void awaitRows(UUID expertId, String condition, long expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (rows(expertId, condition) != expected) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + expected + " rows with " + condition);
			}
			sleep();
		}
	}

	static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, Object> profile(boolean acceptingInvites) {
		Map<String, Object> body = new HashMap<>();
		body.put("headline", "Fusion 360 product design");
		body.put("skills", List.of("fusion-360"));
		body.put("hourlyRate", "38.00");
		body.put("acceptingInvites", acceptingInvites);
		return body;
	}

	@Test
	void quickAnswersToFiveInvitesShowUnder24Hours() {
		User expert = this.anonymous.signUp("EXPERT", "Quick Quinn");
		expert.api().put("/api/v1/me/profile", profile(true)).expect(200);
		User client = this.anonymous.signUp("CLIENT", "Waiting Wanda");
		for (int i = 0; i < 4; i++) {
			inviteAndAnswer(expert.id(), 10 + i, Duration.ofHours(3));
		}
		awaitRows(expert.id(), "answered_at IS NOT NULL", 4);
		JsonNode four = client.api().get("/api/v1/experts/" + expert.id()).expect(200).json();
		assertThat(four.get("responsiveness").get("inviteResponse").isNull()).isTrue();

		inviteAndAnswer(expert.id(), 20, Duration.ofHours(5));
		JsonNode five = awaitProfile(client.api(), expert.id(),
				(profile) -> !profile.get("responsiveness").get("inviteResponse").isNull());
		JsonNode inviteResponse = five.get("responsiveness").get("inviteResponse");
		assertThat(inviteResponse.get("band").asString()).isEqualTo("UNDER_24_HOURS");
		assertThat(inviteResponse.get("label").asString()).isEqualTo("Under 24 hours");
		assertThat(five.get("responsiveness").get("messageResponse").isNull()).isTrue();

		JsonNode directory = client.api().get("/api/v1/experts?q=Quick%20Quinn").expect(200).json();
		JsonNode item = directory.get("items").get(0);
		assertThat(item.get("id").asString()).isEqualTo(expert.id().toString());
		assertThat(item.get("responsiveness").get("inviteResponse").get("band").asString()).isEqualTo("UNDER_24_HOURS");
	}

	@Test
	void slowAnswersShowMoreThan3DaysAndWithdrawnInvitesDoNotCount() {
		User expert = this.anonymous.signUp("EXPERT", "Slow Sam");
		for (int i = 0; i < 5; i++) {
			inviteAndAnswer(expert.id(), 30 + i, Duration.ofDays(4));
		}
		// withdrawn within a day, unanswered: ignored, so the band stays slow
		for (int i = 0; i < 6; i++) {
			UUID inviteId = UUID.randomUUID();
			Instant sentAt = this.clock.instant().minus(Duration.ofDays(5));
			publish(new InviteSent(inviteId, UUID.randomUUID(), UUID.randomUUID(), expert.id(), sentAt),
					new InviteWithdrawn(inviteId, expert.id(), sentAt, sentAt.plus(Duration.ofHours(2))));
		}
		awaitRows(expert.id(), "withdrawn_at IS NOT NULL", 6);
		awaitRows(expert.id(), "answered_at IS NOT NULL", 5);
		User client = this.anonymous.signUp("CLIENT", "Patient Pat");
		JsonNode profile = client.api().get("/api/v1/experts/" + expert.id()).expect(200).json();
		assertThat(profile.get("responsiveness").get("inviteResponse").get("band").asString())
			.isEqualTo("MORE_THAN_3_DAYS");
	}

	@Test
	void recordsAnAnswerThatArrivesBeforeTheInviteAndRedeliveredEventsOnce() {
		User expert = this.anonymous.signUp("EXPERT", "Order Olga");
		UUID inviteId = UUID.randomUUID();
		Instant sentAt = this.clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		Instant answeredAt = sentAt.plus(Duration.ofHours(1));
		publish(new InviteAnswered(inviteId, expert.id(), sentAt, answeredAt, InviteAnswered.Answer.DECLINED,
				UUID.randomUUID()));
		publish(new InviteSent(inviteId, UUID.randomUUID(), UUID.randomUUID(), expert.id(), sentAt));
		publish(new InviteSent(inviteId, UUID.randomUUID(), UUID.randomUUID(), expert.id(), sentAt));
		awaitListenersDone(inviteId);
		assertThat(rows(expert.id(), "answered_at = :answeredAt", Times.sql(answeredAt))).isEqualTo(1);
		assertThat(rows(expert.id(), "1 = 1")).isEqualTo(1);
	}

	@Test
	void timeAwayExcusesSlowAnswersGivenDuringIt() {
		User expert = this.anonymous.signUp("EXPERT", "Away Ava");
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Object> body = profile(true);
		body.put("timeAway", Map.of("from", today.toString(), "to", today.plusDays(6).toString()));
		expert.api().put("/api/v1/me/profile", body).expect(200);
		// five invites that arrived today and are answered in four days, while away
		Instant startOfToday = today.atStartOfDay(ZoneOffset.UTC).toInstant();
		for (int i = 0; i < 5; i++) {
			UUID inviteId = UUID.randomUUID();
			publish(new InviteSent(inviteId, UUID.randomUUID(), UUID.randomUUID(), expert.id(), startOfToday),
					new InviteAnswered(inviteId, expert.id(), startOfToday, startOfToday.plus(Duration.ofDays(4)),
							InviteAnswered.Answer.ACCEPTED, UUID.randomUUID()));
		}
		User client = this.anonymous.signUp("CLIENT", "Kind Kim");
		JsonNode profile = awaitProfile(client.api(), expert.id(),
				(shown) -> !shown.get("responsiveness").get("inviteResponse").isNull());
		assertThat(profile.get("responsiveness").get("inviteResponse").get("band").asString())
			.isEqualTo("UNDER_24_HOURS");
	}

	@Test
	void tellsHiringWhetherAnExpertTakesInvites() {
		User expert = this.anonymous.signUp("EXPERT", "Avail Abe");
		User client = this.anonymous.signUp("CLIENT", "Not An Expert");
		assertThat(this.availability.acceptsInvites(expert.id())).isTrue();
		assertThat(this.availability.acceptsInvites(client.id())).isFalse();
		assertThat(this.availability.acceptsInvites(UUID.randomUUID())).isFalse();

		expert.api().put("/api/v1/me/profile", profile(false)).expect(200);
		assertThat(this.availability.acceptsInvites(expert.id())).isFalse();
		assertThat(this.availability.currentTimeAway(expert.id())).isEmpty();

		LocalDate today = LocalDate.now(this.clock);
		Map<String, Object> away = profile(true);
		away.put("timeAway", Map.of("from", today.toString(), "to", today.plusDays(3).toString()));
		expert.api().put("/api/v1/me/profile", away).expect(200);
		assertThat(this.availability.acceptsInvites(expert.id())).isTrue();
		assertThat(this.availability.currentTimeAway(expert.id()))
			.contains(new ExpertAvailability.TimeAway(today, today.plusDays(3)));

		Map<String, Object> later = profile(true);
		later.put("timeAway", Map.of("from", today.plusDays(10).toString(), "to", today.plusDays(12).toString()));
		expert.api().put("/api/v1/me/profile", later).expect(200);
		assertThat(this.availability.currentTimeAway(expert.id())).isEmpty();
	}

}
