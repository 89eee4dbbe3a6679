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
import java.util.concurrent.atomic.AtomicReference;

import com.cadhire.common.InviteId;
import com.cadhire.common.JobId;
import com.cadhire.common.Times;
import com.cadhire.common.UserId;
import com.cadhire.hiring.ExpertAvailability;
import com.cadhire.hiring.InviteAnswered;
import com.cadhire.hiring.InviteSent;
import com.cadhire.hiring.InviteWithdrawn;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responsiveness fed by hiring's invite events, and the availability port hiring asks. A
 * {@link Scenario} publishes the events and waits for the state they lead to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@EnableScenarios
class ResponsivenessEventsTests {

	/** How long a listener may take on a loaded machine. */
	static final Duration WAIT = Duration.ofSeconds(15);

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
		publish(new InviteSent(InviteId.of(inviteId), JobId.of(UUID.randomUUID()), UserId.of(UUID.randomUUID()),
				UserId.of(expertId), sentAt));
		publish(new InviteAnswered(InviteId.of(inviteId), UserId.of(expertId), sentAt, sentAt.plus(after),
				InviteAnswered.Answer.ACCEPTED, UserId.of(UUID.randomUUID())));
	}

	JsonNode profile(Api api, UUID expertId) {
		return api.get("/api/v1/experts/" + expertId).expect(200).json();
	}

	static boolean inviteResponseShown(JsonNode profile) {
		return !profile.get("responsiveness").get("inviteResponse").isNull();
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

	/** How many events about the invite some listener has not completed yet. */
	long incompletePublications(UUID inviteId) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :invite")
			.param("invite", "%" + inviteId + "%")
			.query(Long.class)
			.single();
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
	void quickAnswersToFiveInvitesShowUnder24Hours(Scenario scenario) {
		User expert = this.anonymous.signUp("EXPERT", "Quick Quinn");
		expert.api().put("/api/v1/me/profile", profile(true)).expect(200);
		User client = this.anonymous.signUp("CLIENT", "Waiting Wanda");
		scenario.stimulate(() -> {
			for (int i = 0; i < 4; i++) {
				inviteAndAnswer(expert.id(), 10 + i, Duration.ofHours(3));
			}
		})
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> rows(expert.id(), "answered_at IS NOT NULL"), (rows) -> rows == 4);
		JsonNode four = client.api().get("/api/v1/experts/" + expert.id()).expect(200).json();
		assertThat(four.get("responsiveness").get("inviteResponse").isNull()).isTrue();

		AtomicReference<JsonNode> shown = new AtomicReference<>();
		scenario.stimulate(() -> inviteAndAnswer(expert.id(), 20, Duration.ofHours(5)))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> profile(client.api(), expert.id()),
					ResponsivenessEventsTests::inviteResponseShown)
			.andVerify(shown::set);
		JsonNode five = shown.get();
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
	void slowAnswersShowMoreThan3DaysAndWithdrawnInvitesDoNotCount(Scenario scenario) {
		User expert = this.anonymous.signUp("EXPERT", "Slow Sam");
		scenario.stimulate(() -> {
			for (int i = 0; i < 5; i++) {
				inviteAndAnswer(expert.id(), 30 + i, Duration.ofDays(4));
			}
			// withdrawn within a day, unanswered: ignored, so the band stays slow
			for (int i = 0; i < 6; i++) {
				UUID inviteId = UUID.randomUUID();
				Instant sentAt = this.clock.instant().minus(Duration.ofDays(5));
				publish(new InviteSent(InviteId.of(inviteId), JobId.of(UUID.randomUUID()), UserId.of(UUID.randomUUID()),
						UserId.of(expert.id()), sentAt),
						new InviteWithdrawn(InviteId.of(inviteId), UserId.of(expert.id()), sentAt,
								sentAt.plus(Duration.ofHours(2))));
			}
		})
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> List.of(rows(expert.id(), "withdrawn_at IS NOT NULL"),
					rows(expert.id(), "answered_at IS NOT NULL")), (rows) -> rows.equals(List.of(6L, 5L)));
		User client = this.anonymous.signUp("CLIENT", "Patient Pat");
		JsonNode profile = client.api().get("/api/v1/experts/" + expert.id()).expect(200).json();
		assertThat(profile.get("responsiveness").get("inviteResponse").get("band").asString())
			.isEqualTo("MORE_THAN_3_DAYS");
	}

	@Test
	void recordsAnAnswerThatArrivesBeforeTheInviteAndRedeliveredEventsOnce(Scenario scenario) {
		User expert = this.anonymous.signUp("EXPERT", "Order Olga");
		UUID inviteId = UUID.randomUUID();
		Instant sentAt = this.clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		Instant answeredAt = sentAt.plus(Duration.ofHours(1));
		scenario.stimulate(() -> {
			publish(new InviteAnswered(InviteId.of(inviteId), UserId.of(expert.id()), sentAt, answeredAt,
					InviteAnswered.Answer.DECLINED, UserId.of(UUID.randomUUID())));
			publish(new InviteSent(InviteId.of(inviteId), JobId.of(UUID.randomUUID()), UserId.of(UUID.randomUUID()),
					UserId.of(expert.id()), sentAt));
			publish(new InviteSent(InviteId.of(inviteId), JobId.of(UUID.randomUUID()), UserId.of(UUID.randomUUID()),
					UserId.of(expert.id()), sentAt));
		})
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> incompletePublications(inviteId), (incomplete) -> incomplete == 0);
		assertThat(rows(expert.id(), "answered_at = :answeredAt", Times.sql(answeredAt))).isEqualTo(1);
		assertThat(rows(expert.id(), "1 = 1")).isEqualTo(1);
	}

	@Test
	void timeAwayExcusesSlowAnswersGivenDuringIt(Scenario scenario) {
		User expert = this.anonymous.signUp("EXPERT", "Away Ava");
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Object> body = profile(true);
		body.put("timeAway", Map.of("from", today.toString(), "to", today.plusDays(6).toString()));
		expert.api().put("/api/v1/me/profile", body).expect(200);
		// five invites that arrived today and are answered in four days, while away
		Instant startOfToday = today.atStartOfDay(ZoneOffset.UTC).toInstant();
		User client = this.anonymous.signUp("CLIENT", "Kind Kim");
		AtomicReference<JsonNode> shown = new AtomicReference<>();
		scenario.stimulate(() -> {
			for (int i = 0; i < 5; i++) {
				UUID inviteId = UUID.randomUUID();
				publish(new InviteSent(InviteId.of(inviteId), JobId.of(UUID.randomUUID()), UserId.of(UUID.randomUUID()),
						UserId.of(expert.id()), startOfToday),
						new InviteAnswered(InviteId.of(inviteId), UserId.of(expert.id()), startOfToday,
								startOfToday.plus(Duration.ofDays(4)), InviteAnswered.Answer.ACCEPTED,
								UserId.of(UUID.randomUUID())));
			}
		})
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> profile(client.api(), expert.id()),
					ResponsivenessEventsTests::inviteResponseShown)
			.andVerify(shown::set);
		assertThat(shown.get().get("responsiveness").get("inviteResponse").get("band").asString())
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
