package com.cadhire.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification center over the API: each party hears of the other's steps, with who,
 * which job and the page to open; read one, read all; someone else's is a 404; keyset
 * pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NotificationCenterTests {

	@LocalServerPort
	int port;

	User client;

	User expert;

	@BeforeEach
	void setUp() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Dana Client");
		this.expert = anonymous.signUp("EXPERT", "Erik Expert");
	}

	@Test
	void eachPartyHearsOfEveryStepTheOtherTakesWithTheJobAndThePage() {
		String jobId = Fixtures.postJob(this.client);
		String inviteId = Fixtures.invite(this.client, jobId, this.expert);
		JsonNode invited = newest(this.expert);
		assertThat(invited.get("kind").asString()).isEqualTo("INVITE_RECEIVED");
		assertThat(invited.get("otherParty").asString()).isEqualTo("Dana Client");
		assertThat(invited.get("jobTitle").asString()).isEqualTo("Bracket redesign");
		assertThat(invited.get("link").asString()).isEqualTo("/invites/" + inviteId);
		assertThat(invited.get("read").asBoolean()).isFalse();

		String applicationId = this.expert.api()
			.post("/api/v1/invites/" + inviteId + "/accept",
					Map.of("mode", "NEGOTIATE", "terms", Fixtures.hourly("55.00", 20), "coverLetter", "My rate."))
			.expect(200)
			.text("applicationId");
		JsonNode answered = newest(this.client);
		assertThat(answered.get("kind").asString()).isEqualTo("INVITE_NEGOTIATED");
		assertThat(answered.get("otherParty").asString()).isEqualTo("Erik Expert");
		assertThat(answered.get("link").asString()).isEqualTo("/applications/" + applicationId);
		assertThat(kinds(this.client)).doesNotContain("APPLICATION_RECEIVED");

		this.client.api()
			.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "Let us talk."))
			.expect(200);
		assertThat(newest(this.expert).get("kind").asString()).isEqualTo("APPLICATION_REPLIED");

		String offerId = this.client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("basedOnVersion", 2))
			.expect(201)
			.text("id");
		JsonNode offer = newest(this.expert);
		assertThat(offer.get("kind").asString()).isEqualTo("OFFER_RECEIVED");
		assertThat(offer.get("link").asString()).isEqualTo("/applications/" + applicationId + "#offer");

		this.expert.api()
			.post("/api/v1/offers/" + offerId + "/request-changes", Map.of("message", "Can we start a week later?"))
			.expect(200);
		JsonNode changes = newest(this.client);
		assertThat(changes.get("kind").asString()).isEqualTo("OFFER_CHANGES_REQUESTED");
		assertThat(changes.get("detail").asString()).isEqualTo("Can we start a week later?");

		this.client.api().put("/api/v1/offers/" + offerId, Map.of("basedOnVersion", 2, "message", "Sure.")).expect(200);
		assertThat(newest(this.expert).get("kind").asString()).isEqualTo("OFFER_MODIFIED");

		String contractId = this.expert.api()
			.post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 2))
			.expect(201)
			.text("contractId");
		assertThat(kinds(this.client)).contains("OFFER_ACCEPTED", "CONTRACT_STARTED");
		assertThat(kinds(this.expert)).contains("CONTRACT_STARTED");

		this.client.api().post("/api/v1/contracts/" + contractId + "/buyout").expect(200);
		JsonNode buyout = newest(this.expert);
		assertThat(buyout.get("kind").asString()).isEqualTo("BUYOUT_REQUESTED");
		assertThat(buyout.get("detail").asString()).startsWith("Direct Hire fee: $");
		assertThat(buyout.get("link").asString()).isEqualTo("/contracts/" + contractId);
		this.expert.api().post("/api/v1/contracts/" + contractId + "/buyout/confirm").expect(200);
		assertThat(newest(this.client).get("kind").asString()).isEqualTo("BUYOUT_CONFIRMED");

		this.expert.api().post("/api/v1/contracts/" + contractId + "/end").expect(200);
		assertThat(newest(this.client).get("kind").asString()).isEqualTo("CONTRACT_ENDED");
		assertThat(kinds(this.expert)).doesNotContain("CONTRACT_ENDED");
	}

	@Test
	void aDeclineCarriesItsReasonToTheClient() {
		String inviteId = Fixtures.invite(this.client, Fixtures.postJob(this.client), this.expert);
		this.expert.api()
			.post("/api/v1/invites/" + inviteId + "/decline", Map.of("reason", "TOO_BUSY", "message", "Next month?"))
			.expect(200);
		JsonNode declined = newest(this.client);
		assertThat(declined.get("kind").asString()).isEqualTo("INVITE_DECLINED");
		assertThat(declined.get("detail").asString()).isEqualTo("Too busy right now — Next month?");
		assertThat(declined.get("text").asString())
			.isEqualTo("Erik Expert declined your invite to \u201cBracket redesign\u201d");
	}

	@Test
	void marksOneAndAllReadAndRefusesAnotherPersonsNotification() {
		String jobId = Fixtures.postJob(this.client);
		for (int i = 0; i < 3; i++) {
			User other = Api.anonymous(this.port).signUp("EXPERT", "Expert " + i);
			String inviteId = Fixtures.invite(this.client, jobId, other);
			other.api().post("/api/v1/invites/" + inviteId + "/accept", Map.of("mode", "CHAT_FIRST")).expect(200);
		}
		JsonNode first = this.client.api().get("/api/v1/notifications?limit=2").expect(200).json();
		assertThat(first.get("unread").asInt()).isEqualTo(3);
		assertThat(first.get("items")).hasSize(2);
		assertThat(first.at("/items/0/kind").asString()).isEqualTo("INVITE_CHAT_FIRST");
		assertThat(first.at("/items/0/otherParty").asString()).isEqualTo("Expert 2");
		JsonNode second = this.client.api()
			.get("/api/v1/notifications?limit=2&cursor=" + first.get("nextCursor").asString())
			.expect(200)
			.json();
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.at("/items/0/otherParty").asString()).isEqualTo("Expert 0");
		assertThat(second.get("nextCursor").isNull()).isTrue();

		String id = first.at("/items/0/id").asString();
		assertThat(this.expert.api().post("/api/v1/notifications/" + id + "/read").status()).isEqualTo(404);
		this.client.api().post("/api/v1/notifications/" + id + "/read").expect(204);
		JsonNode after = this.client.api().get("/api/v1/notifications").expect(200).json();
		assertThat(after.get("unread").asInt()).isEqualTo(2);
		assertThat(after.at("/items/0/read").asBoolean()).isTrue();

		this.client.api().post("/api/v1/notifications/read").expect(204);
		assertThat(this.client.api().get("/api/v1/notifications").json().get("unread").asInt()).isZero();
	}

	private JsonNode newest(User user) {
		return user.api().get("/api/v1/notifications?limit=1").expect(200).json().at("/items/0");
	}

	private List<String> kinds(User user) {
		List<String> kinds = new ArrayList<>();
		user.api()
			.get("/api/v1/notifications?limit=100")
			.expect(200)
			.json()
			.get("items")
			.forEach((item) -> kinds.add(item.get("kind").asString()));
		return kinds;
	}

}
