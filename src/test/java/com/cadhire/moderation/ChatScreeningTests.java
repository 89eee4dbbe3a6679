package com.cadhire.moderation;

import java.util.Map;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contact information in the interview chat: refused by default, sent masked or held for
 * a moderator on request, numbers split over messages found, and the moderators'
 * decisions.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ChatScreeningTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactCases cases;

	User client;

	User expert;

	Api moderator;

	String conversation;

	@BeforeEach
	void interview() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Carla Chat");
		this.expert = anonymous.signUp("EXPERT", "Emil Chat");
		String email = "mod-" + UUID.randomUUID() + "@example.test";
		this.accounts.createModerator(email, "moderator password", "Mo Derator");
		this.moderator = anonymous.withToken(anonymous.withBasic(email, "moderator password")
			.post("/api/v1/me/tokens", Map.of("name", "tests"))
			.expect(201)
			.text("token"));
		String jobId = Fixtures.postJob(this.client);
		String applicationId = this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
		this.conversation = this.client.api()
			.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "Hello Emil"))
			.expect(200)
			.text("conversationId");
	}

	@Test
	void refusesAMessageWithAnEmailAndStoresNothing() {
		Api.Response refused = send(this.expert, "write to emil.chat@example.com", null);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("type")).endsWith("/problems/contact-information");
		assertThat(refused.json().at("/findings/0/field").asString()).isEqualTo("body");
		assertThat(messages(this.client).findValuesAsString("body")).doesNotContain("write to emil.chat@example.com");
	}

	@Test
	void findsANumberSplitOverTwoMessages() {
		send(this.expert, "my cell is 415 555", null).expect(201);
		Api.Response second = send(this.expert, "0134", null);
		assertThat(second.status()).isEqualTo(422);
		assertThat(second.json().at("/findings/0/kind").asString()).isEqualTo("PHONE");
	}

	@Test
	void sendsMaskedOnRequestAndKeepsTheOriginalForModerators() {
		JsonNode sent = send(this.expert, "Skype: live:emil.chat", "MASK").expect(201).json();
		assertThat(sent.get("body").asString()).doesNotContain("emil.chat").contains(ContactScreenerMask.MASK);
		assertThat(messages(this.client).findValuesAsString("body")).noneMatch((b) -> b.contains("emil.chat"));

		JsonNode queue = this.moderator.get("/api/v1/moderation/cases?limit=100").expect(200).json();
		String caseId = caseOf(queue, sent.get("id").asString());
		assertThat(queue.toString()).doesNotContain("live:emil.chat");
		JsonNode detail = this.moderator.get("/api/v1/moderation/cases/" + caseId).expect(200).json();
		assertThat(detail.get("original").asString()).isEqualTo("Skype: live:emil.chat");
		assertThat(this.cases.reads(UUID.fromString(caseId))).isEqualTo(1);
		assertThat(this.expert.api().get("/api/v1/moderation/cases").status()).isEqualTo(403);
	}

	@Test
	void heldMessageIsReleasedUnmaskedByAModerator() {
		JsonNode sent = send(this.expert, "call me on +1 650 253 0000", "HOLD").expect(201).json();
		String caseId = caseOf(this.moderator.get("/api/v1/moderation/cases?limit=100").json(),
				sent.get("id").asString());
		this.moderator.post("/api/v1/moderation/cases/" + caseId + "/release").expect(204);
		assertThat(messages(this.client).findValuesAsString("body")).contains("call me on +1 650 253 0000");
		assertThat(this.moderator.post("/api/v1/moderation/cases/" + caseId + "/confirm").status()).isEqualTo(409);
	}

	@Test
	void threeConfirmedViolationsFlagTheAccount() {
		for (int i = 0; i < 3; i++) {
			JsonNode sent = send(this.expert, "mail me at emil" + i + "@example.com", "HOLD").expect(201).json();
			String caseId = caseOf(this.moderator.get("/api/v1/moderation/cases?limit=100").json(),
					sent.get("id").asString());
			this.moderator.post("/api/v1/moderation/cases/" + caseId + "/confirm").expect(204);
		}
		JsonNode flagged = this.moderator.get("/api/v1/moderation/flagged-accounts").expect(200).json();
		assertThat(flagged.findValuesAsString("accountId")).contains(this.expert.id().toString());
		assertThat(messages(this.client).findValuesAsString("body")).noneMatch((b) -> b.contains("@example.com"));
	}

	private Api.Response send(User user, String body, String handling) {
		Map<String, Object> request = new java.util.HashMap<>();
		request.put("body", body);
		request.put("clientMessageId", UUID.randomUUID().toString());
		if (handling != null) {
			request.put("contactHandling", handling);
		}
		return user.api().post("/api/v1/conversations/" + this.conversation + "/messages", request);
	}

	private JsonNode messages(User user) {
		return user.api().get("/api/v1/conversations/" + this.conversation + "/messages?limit=100").expect(200).json();
	}

	private static String caseOf(JsonNode queue, String messageId) {
		for (JsonNode item : queue.get("items")) {
			if (messageId.equals(item.get("messageId").asString())) {
				return item.get("id").asString();
			}
		}
		throw new AssertionError("no case for message " + messageId + " in " + queue);
	}

	private static final class ContactScreenerMask {

		static final String MASK = com.cadhire.screening.ContactScreener.MASK;

	}

}
