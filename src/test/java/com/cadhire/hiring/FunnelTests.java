package com.cadhire.hiring;

import java.time.Duration;
import java.util.HashMap;
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
 * The whole hiring funnel over HTTP, checking "My job applications" at each step.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FunnelTests {

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
		this.client = anonymous.signUp("CLIENT", "Cora Client");
		this.expert = anonymous.signUp("EXPERT", "Eli Expert");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void inviteAcceptedAsProposedBecomesASubmittedApplication() {
		String jobId = Fixtures.postJob(this.client);
		String inviteId = Fixtures.invite(this.client, jobId, this.expert);

		JsonNode before = funnel();
		assertThat(before.at("/unansweredInvites/count").asLong()).isEqualTo(1);
		assertThat(before.at("/unansweredInvites/items/0/inviteId").asString()).isEqualTo(inviteId);
		assertThat(before.at("/unansweredInvites/items/0/jobTitle").asString()).isEqualTo("Bracket redesign");

		Api.Response accepted = this.expert.api()
			.post("/api/v1/invites/" + inviteId + "/accept", Map.of("mode", "AS_PROPOSED", "coverLetter", "Happy to."))
			.expect(200);
		String applicationId = accepted.text("applicationId");
		assertThat(accepted.json().get("conversationId").isNull()).isTrue();

		JsonNode after = funnel();
		assertThat(after.at("/unansweredInvites/count").asLong()).isZero();
		assertThat(after.at("/applications/count").asLong()).isEqualTo(1);
		assertThat(after.at("/applications/items/0/applicationId").asString()).isEqualTo(applicationId);
		assertThat(after.at("/applications/items/0/status").asString()).isEqualTo("SUBMITTED");

		JsonNode application = this.client.api().get("/api/v1/applications/" + applicationId).expect(200).json();
		assertThat(application.at("/terms/amount").asString()).isEqualTo("45.00");
		assertThat(application.at("/terms/version").asInt()).isEqualTo(1);
		assertThat(application.at("/terms/authorId").asString()).isEqualTo(this.client.id().toString());
		assertThat(application.at("/terms/clientPays").asString()).isEqualTo("45.00");
		assertThat(application.at("/terms/expertReceives").asString()).isEqualTo("40.50");
		assertThat(this.client.api().get("/api/v1/invites/" + inviteId).json().get("status").asString())
			.isEqualTo("ACCEPTED");
	}

	@Test
	void negotiationWithOffersEndsInOneContractAndADirectHireBuyout() {
		String jobId = Fixtures.postJob(this.client);
		String inviteId = Fixtures.invite(this.client, jobId, this.expert);
		String applicationId = this.expert.api()
			.post("/api/v1/invites/" + inviteId + "/accept",
					Map.of("mode", "NEGOTIATE", "terms", Fixtures.hourly("55.00", 20), "coverLetter", "My rate."))
			.expect(200)
			.text("applicationId");
		JsonNode application = this.client.api().get("/api/v1/applications/" + applicationId).json();
		assertThat(application.get("termsVersion").asInt()).isEqualTo(2);
		assertThat(application.get("termsHistory")).hasSize(2);
		assertThat(application.at("/termsHistory/1/changes/0/field").asString()).isEqualTo("amount");
		assertThat(application.at("/termsHistory/1/changes/0/from").asString()).isEqualTo("45.00");
		assertThat(application.at("/termsHistory/1/changes/0/to").asString()).isEqualTo("55.00");

		this.client.api()
			.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "Let's talk."))
			.expect(200);
		assertThat(funnel().at("/interviewsInProgress/count").asLong()).isEqualTo(1);

		this.client.api()
			.post("/api/v1/applications/" + applicationId + "/terms",
					Map.of("basedOnVersion", 2, "terms", Fixtures.hourly("50.00", 20)))
			.expect(201);
		Api.Response stale = this.expert.api()
			.post("/api/v1/applications/" + applicationId + "/terms",
					Map.of("basedOnVersion", 2, "terms", Fixtures.hourly("52.00", 20)));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().at("/current/termsVersion").asInt()).isEqualTo(3);

		Api.Response offer = this.client.api()
			.post("/api/v1/applications/" + applicationId + "/offers",
					Map.of("basedOnVersion", 3, "message", "Offer at 50."))
			.expect(201);
		String offerId = offer.text("id");
		assertThat(offer.text("status")).isEqualTo("PENDING");
		assertThat(offer.json().get("version").asInt()).isEqualTo(1);

		this.expert.api()
			.post("/api/v1/offers/" + offerId + "/request-changes",
					Map.of("terms", Fixtures.hourly("52.00", 20), "message", "Meet me at 52?"))
			.expect(200);
		this.client.api()
			.put("/api/v1/offers/" + offerId, Map.of("basedOnVersion", 4, "message", "Deal at 52."))
			.expect(200);
		Api.Response staleAccept = this.expert.api()
			.post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 1));
		assertThat(staleAccept.status()).isEqualTo(409);
		assertThat(staleAccept.json().at("/current/version").asInt()).isEqualTo(2);

		String contractId = this.expert.api()
			.post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 2))
			.expect(201)
			.text("contractId");

		JsonNode done = funnel();
		assertThat(done.at("/interviewsInProgress/count").asLong()).isZero();
		assertThat(done.at("/archive/count").asLong()).isEqualTo(1);
		assertThat(done.at("/archive/items/0/status").asString()).isEqualTo("HIRED");

		JsonNode contracts = this.client.api().get("/api/v1/contracts").expect(200).json();
		assertThat(contracts.at("/items/0/id").asString()).isEqualTo(contractId);
		assertThat(contracts.at("/items/0/amount").asString()).isEqualTo("52.00");
		// the 10% service fee split of the hourly rate
		assertThat(contracts.at("/items/0/money/clientPays").asString()).isEqualTo("52.00");
		assertThat(contracts.at("/items/0/money/serviceFee").asString()).isEqualTo("5.20");
		assertThat(contracts.at("/items/0/money/expertReceives").asString()).isEqualTo("46.80");
		assertThat(this.expert.api().get("/api/v1/contracts").json().at("/items/0/id").asString())
			.isEqualTo(contractId);

		JsonNode buyout = this.client.api().post("/api/v1/contracts/" + contractId + "/buyout").expect(200).json();
		// 12% of 2,080 hours at 52.00 = 12,979.20
		assertThat(buyout.at("/fee/amount").asString()).isEqualTo("12979.20");
		assertThat(buyout.get("contactSharingAllowed").asBoolean()).isFalse();
		JsonNode confirmed = this.expert.api()
			.post("/api/v1/contracts/" + contractId + "/buyout/confirm")
			.expect(200)
			.json();
		assertThat(confirmed.get("buyoutStatus").asString()).isEqualTo("CONFIRMED");
		assertThat(confirmed.get("contactSharingAllowed").asBoolean()).isTrue();

		JsonNode timeline = this.expert.api()
			.get("/api/v1/conversations/"
					+ this.client.api().get("/api/v1/applications/" + applicationId).text("conversationId")
					+ "/messages?limit=100")
			.expect(200)
			.json();
		List<String> kinds = timeline.get("items").findValuesAsString("kind");
		assertThat(kinds).contains("terms.proposed", "offer.sent", "offer.changes-requested", "offer.modified",
				"offer.accepted");
	}

	@Test
	void directApplicationRepliedToOpensTheChat() {
		String jobId = Fixtures.postJob(this.client);
		Api.Response applied = this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications",
					Map.of("coverLetter", "I have done 40 brackets like this.", "terms", Fixtures.hourly("40.00", 10)))
			.expect(201);
		String applicationId = applied.text("id");
		assertThat(funnel().at("/applications/count").asLong()).isEqualTo(1);

		JsonNode applicants = this.client.api().get("/api/v1/jobs/" + jobId + "/applications").expect(200).json();
		assertThat(applicants.at("/items/0/id").asString()).isEqualTo(applicationId);
		assertThat(applicants.at("/items/0/terms/amount").asString()).isEqualTo("40.00");

		JsonNode replied = this.client.api()
			.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "When can you start?"))
			.expect(200)
			.json();
		assertThat(replied.get("status").asString()).isEqualTo("INTERVIEWING");
		String conversationId = replied.get("conversationId").asString();

		JsonNode interviews = funnel().get("interviewsInProgress");
		assertThat(interviews.get("count").asLong()).isEqualTo(1);
		assertThat(interviews.at("/items/0/conversationId").asString()).isEqualTo(conversationId);
		assertThat(interviews.at("/items/0/unreadCount").asInt()).isEqualTo(1);

		this.expert.api()
			.post("/api/v1/conversations/" + conversationId + "/messages",
					Map.of("body", "Monday.", "clientMessageId", "m-1"))
			.expect(201);
		JsonNode messages = this.client.api()
			.get("/api/v1/conversations/" + conversationId + "/messages")
			.expect(200)
			.json();
		assertThat(messages.get("items").findValuesAsString("body")).containsSubsequence("When can you start?",
				"Monday.");
	}

	@Test
	void declinedInviteGoesToTheArchiveWithItsReason() {
		String jobId = Fixtures.postJob(this.client);
		String inviteId = Fixtures.invite(this.client, jobId, this.expert);
		JsonNode declined = this.expert.api()
			.post("/api/v1/invites/" + inviteId + "/decline",
					Map.of("reason", "TOO_BUSY", "message", "Booked until March."))
			.expect(200)
			.json();
		assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
		JsonNode invite = this.client.api().get("/api/v1/invites/" + inviteId).json();
		assertThat(invite.get("declineReason").asString()).isEqualTo("TOO_BUSY");
		assertThat(invite.get("declineMessage").asString()).isEqualTo("Booked until March.");
		JsonNode funnel = funnel();
		assertThat(funnel.at("/unansweredInvites/count").asLong()).isZero();
		assertThat(funnel.at("/archive/count").asLong()).isEqualTo(1);
		assertThat(funnel.at("/archive/items/0/type").asString()).isEqualTo("INVITE");
		assertThat(this.expert.api()
			.post("/api/v1/invites/" + inviteId + "/decline", Map.of("reason", "NOT_A_FIT"))
			.status()).isEqualTo(409);
	}

	@Test
	void withdrawnApplicationGoesToTheArchive() {
		String jobId = Fixtures.postJob(this.client);
		String applicationId = this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
		this.expert.api().post("/api/v1/applications/" + applicationId + "/withdraw").expect(200);
		JsonNode funnel = funnel();
		assertThat(funnel.at("/applications/count").asLong()).isZero();
		assertThat(funnel.at("/archive/items/0/status").asString()).isEqualTo("WITHDRAWN");
		assertThat(this.expert.api().post("/api/v1/applications/" + applicationId + "/withdraw").status())
			.isEqualTo(409);
	}

	@Test
	void closingAJobExpiresItsInvitesAndClosesItsApplications() {
		String jobId = Fixtures.postJob(this.client);
		String inviteId = Fixtures.invite(this.client, jobId, this.expert);
		User other = Api.anonymous(this.port).signUp("EXPERT", "Olga Other");
		String applicationId = other.api()
			.post("/api/v1/jobs/" + jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");

		this.client.api().post("/api/v1/jobs/" + jobId + "/close").expect(200);

		assertThat(this.client.api().get("/api/v1/invites/" + inviteId).text("status")).isEqualTo("EXPIRED");
		assertThat(this.client.api().get("/api/v1/applications/" + applicationId).text("status")).isEqualTo("CLOSED");
		assertThat(funnel().at("/archive/items/0/status").asString()).isEqualTo("EXPIRED");
		Api.Response again = this.client.api()
			.post("/api/v1/jobs/" + jobId + "/invites", Map.of("expertId",
					Api.anonymous(this.port).signUp("EXPERT", "Nia New").id().toString(), "message", "hi"));
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void chatFirstOpensTheConversationAndTheExpertSubmitsLater() {
		String jobId = Fixtures.postJob(this.client);
		String inviteId = Fixtures.invite(this.client, jobId, this.expert);
		Api.Response accepted = this.expert.api()
			.post("/api/v1/invites/" + inviteId + "/accept", Map.of("mode", "CHAT_FIRST"))
			.expect(200);
		String applicationId = accepted.text("applicationId");
		String conversationId = accepted.text("conversationId");
		assertThat(conversationId).isNotNull();
		JsonNode funnel = funnel();
		assertThat(funnel.at("/interviewsInProgress/items/0/status").asString()).isEqualTo("DRAFT");
		assertThat(funnel.at("/interviewsInProgress/items/0/conversationId").asString()).isEqualTo(conversationId);

		this.expert.api()
			.post("/api/v1/applications/" + applicationId + "/terms",
					Map.of("basedOnVersion", 1, "terms", Fixtures.fixed("900.00", "300.00", "600.00")))
			.expect(201);
		JsonNode submitted = this.expert.api()
			.post("/api/v1/applications/" + applicationId + "/submit")
			.expect(200)
			.json();
		assertThat(submitted.get("status").asString()).isEqualTo("INTERVIEWING");
		assertThat(submitted.at("/terms/milestones")).hasSize(2);
		assertThat(this.expert.api().post("/api/v1/applications/" + applicationId + "/submit").status()).isEqualTo(409);
	}

	@Test
	void refusesInvitesThatBreakTheRules() {
		String jobId = Fixtures.postJob(this.client);
		Fixtures.invite(this.client, jobId, this.expert);
		Map<String, Object> second = new HashMap<>(Map.of("expertId", this.expert.id().toString(), "message", "again"));
		Api.Response duplicate = this.client.api().post("/api/v1/jobs/" + jobId + "/invites", second);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.text("type")).endsWith("/already-invited");

		Api.Response self = this.client.api()
			.post("/api/v1/jobs/" + jobId + "/invites", Map.of("expertId", this.client.id().toString()));
		assertThat(self.status()).isEqualTo(422);

		Api.Response badTerms = this.client.api()
			.post("/api/v1/jobs/" + jobId + "/invites",
					Map.of("expertId", Api.anonymous(this.port).signUp("EXPERT", "Rae Rate").id().toString(),
							"proposedTerms", Fixtures.hourly("5.00", 20)));
		assertThat(badTerms.status()).isEqualTo(422);
		assertThat(badTerms.json().get("errors").findValuesAsString("field")).contains("proposedTerms.amount");

		Api.Response milestones = this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications",
					Map.of("terms", Fixtures.fixed("1000.00", "300.00", "20.00")));
		assertThat(milestones.status()).isEqualTo(422);
		assertThat(milestones.json().get("errors").findValuesAsString("field")).contains("terms.milestones[1].amount",
				"terms.milestones");
	}

	@Test
	void unansweredOfferExpiresAfterSevenDaysAndInviteAfterThirty() {
		String jobId = Fixtures.postJob(this.client);
		String applicationId = this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
		String offerId = this.client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("basedOnVersion", 1))
			.expect(201)
			.text("id");
		User invited = Api.anonymous(this.port).signUp("EXPERT", "Ivy Invited");
		String inviteId = Fixtures.invite(this.client, jobId, invited);

		this.clock.advance(Duration.ofDays(6));
		this.expiryJob.run();
		assertThat(this.client.api().get("/api/v1/offers/" + offerId).text("status")).isEqualTo("PENDING");

		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		this.expiryJob.run();
		assertThat(this.client.api().get("/api/v1/offers/" + offerId).text("status")).isEqualTo("EXPIRED");
		assertThat(this.client.api().get("/api/v1/applications/" + applicationId).text("status"))
			.isEqualTo("SUBMITTED");
		assertThat(this.expert.api().post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 1)).status())
			.isEqualTo(409);
		assertThat(this.client.api().get("/api/v1/invites/" + inviteId).text("status")).isEqualTo("PENDING");

		this.clock.advance(Duration.ofDays(23));
		this.expiryJob.run();
		assertThat(this.client.api().get("/api/v1/invites/" + inviteId).text("status")).isEqualTo("EXPIRED");
	}

	private JsonNode funnel() {
		return this.expert.api().get("/api/v1/me/job-applications").expect(200).json();
	}

}
