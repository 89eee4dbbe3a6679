package com.cadhire.hiring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import com.cadhire.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat timeline that {@link HiringTimeline} writes from hiring's events, read over
 * the API: one entry per step, in the order of the steps, each in its sentence with the
 * actor's name.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HiringTimelineTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	ExpiryJob expiryJob;

	User client;

	User expert;

	@BeforeEach
	void signUp() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Tara Client");
		this.expert = anonymous.signUp("EXPERT", "Tom Expert");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theNegotiationFromFirstReplyToContractIsNarratedStepByStep() {
		String applicationId = interviewing();
		this.client.api()
			.post("/api/v1/applications/" + applicationId + "/terms",
					Map.of("basedOnVersion", 1, "terms", Fixtures.hourly("50.00", 20)))
			.expect(201);
		String offerId = this.client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("basedOnVersion", 2, "message", "At 50."))
			.expect(201)
			.text("id");
		this.expert.api()
			.post("/api/v1/offers/" + offerId + "/request-changes",
					Map.of("terms", Fixtures.hourly("52.00", 20), "message", "52?"))
			.expect(200);
		this.client.api()
			.put("/api/v1/offers/" + offerId, Map.of("basedOnVersion", 3, "message", "Deal at 52."))
			.expect(200);
		String contractId = this.expert.api()
			.post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 2))
			.expect(201)
			.text("contractId");

		List<JsonNode> events = systemEvents(applicationId);
		assertThat(lines(events)).containsExactly("terms.proposed: Tara Client proposed new terms (version 2).",
				"offer.sent: Tara Client sent an offer on terms version 2.",
				"terms.proposed: Tom Expert proposed new terms (version 3).",
				"offer.changes-requested: Tom Expert asked for changes to the offer.",
				"offer.modified: Tara Client changed the offer (offer version 2, terms version 3).",
				"offer.accepted: Tom Expert accepted the offer. The contract has started.");
		assertThat(events.get(0).at("/data/version").asInt()).isEqualTo(2);
		assertThat(events.get(0).at("/data/actorId").asString()).isEqualTo(this.client.id().toString());
		assertThat(events.get(1).at("/data/offerId").asString()).isEqualTo(offerId);
		assertThat(events.get(4).at("/data/offerVersion").asInt()).isEqualTo(2);
		assertThat(events.get(5).at("/data/contractId").asString()).isEqualTo(contractId);
	}

	@Test
	void aDeclineWithAnOpenOfferTellsOfTheDeclineAloneAndACancelTellsOfTheCancel() {
		String declined = interviewing();
		String offerId = offer(declined);
		this.client.api()
			.post("/api/v1/applications/" + declined + "/decline", Map.of("reason", "OTHER", "message", ""))
			.expect(200);
		assertThat(this.client.api().get("/api/v1/offers/" + offerId).text("status")).isEqualTo("CANCELLED");
		List<JsonNode> events = systemEvents(declined);
		assertThat(lines(events)).containsExactly("offer.sent: Tara Client sent an offer on terms version 1.",
				"application.declined: Tara Client declined the application.");
		assertThat(events.get(1).at("/data/reason").asString()).isEqualTo("OTHER");

		User other = Api.anonymous(this.port).signUp("EXPERT", "Una Other");
		String cancelled = interviewing(other);
		this.client.api().post("/api/v1/offers/" + offer(cancelled) + "/cancel").expect(200);
		assertThat(lines(systemEvents(cancelled))).containsExactly(
				"offer.sent: Tara Client sent an offer on terms version 1.",
				"offer.cancelled: Tara Client cancelled the offer.");
	}

	@Test
	void anOfferNobodyAnsweredExpiresInTheTimeline() {
		String applicationId = interviewing();
		offer(applicationId);
		this.clock.advance(Offer.LIFETIME.plus(Duration.ofMinutes(1)));
		this.expiryJob.run();

		List<JsonNode> events = systemEvents(applicationId);
		assertThat(lines(events)).containsExactly("offer.sent: Tara Client sent an offer on terms version 1.",
				"offer.expired: The offer expired after 7 days without an answer.");
		assertThat(events.get(1).at("/data/actorId").isMissingNode()).isTrue();
	}

	@Test
	void chatFirstThenSubmitThenWithdrawAndAClosedJobAreNarrated() {
		String jobId = Fixtures.postJob(this.client);
		String applicationId = this.expert.api()
			.post("/api/v1/invites/" + Fixtures.invite(this.client, jobId, this.expert) + "/accept",
					Map.of("mode", "CHAT_FIRST", "coverLetter", ""))
			.expect(200)
			.text("applicationId");
		this.expert.api().post("/api/v1/applications/" + applicationId + "/submit").expect(200);
		this.expert.api().post("/api/v1/applications/" + applicationId + "/withdraw").expect(200);
		assertThat(lines(systemEvents(applicationId))).containsExactly(
				"invite.accepted: Tom Expert accepted the invite and would like to chat first.",
				"application.submitted: Tom Expert submitted the application.",
				"application.withdrawn: Tom Expert withdrew the application.");

		User other = Api.anonymous(this.port).signUp("EXPERT", "Una Other");
		String closed = interviewing(other, jobId);
		this.client.api().post("/api/v1/jobs/" + jobId + "/close").expect(200);
		assertThat(lines(systemEvents(closed))).containsExactly("job.closed: The client closed the job.");
	}

	@Test
	void anApplicationWithoutAConversationGetsNoEntriesAndNoneAppearWhenItOpens() {
		String jobId = Fixtures.postJob(this.client);
		String applicationId = this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications",
					Map.of("coverLetter", "I can do this.", "terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
		this.expert.api()
			.post("/api/v1/applications/" + applicationId + "/terms",
					Map.of("basedOnVersion", 1, "terms", Fixtures.hourly("42.00", 10)))
			.expect(201);
		reply(applicationId);
		assertThat(systemEvents(applicationId)).isEmpty();
	}

	private String interviewing() {
		return interviewing(this.expert);
	}

	private String interviewing(User expert) {
		return interviewing(expert, Fixtures.postJob(this.client));
	}

	/** A direct application on hourly terms (version 1), replied to. */
	private String interviewing(User expert, String jobId) {
		String applicationId = expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications",
					Map.of("coverLetter", "I have done this before.", "terms", Fixtures.hourly("45.00", 20)))
			.expect(201)
			.text("id");
		reply(applicationId);
		return applicationId;
	}

	private void reply(String applicationId) {
		this.client.api()
			.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "Let's talk."))
			.expect(200);
	}

	private String offer(String applicationId) {
		return this.client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("basedOnVersion", 1, "message", "Offer."))
			.expect(201)
			.text("id");
	}

	private List<JsonNode> systemEvents(String applicationId) {
		String conversationId = this.client.api().get("/api/v1/applications/" + applicationId).text("conversationId");
		JsonNode items = this.client.api()
			.get("/api/v1/conversations/" + conversationId + "/messages?limit=100")
			.expect(200)
			.json()
			.get("items");
		List<JsonNode> events = new ArrayList<>();
		items.forEach((item) -> {
			if ("SYSTEM".equals(item.get("type").asString())) {
				events.add(item);
			}
		});
		return events;
	}

	private static List<String> lines(List<JsonNode> events) {
		return events.stream()
			.map((event) -> event.get("kind").asString() + ": " + event.get("body").asString())
			.toList();
	}

}
