package com.cadhire.chat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import com.cadhire.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing, deleting, replying to and searching messages, over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MessageChangesApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ConversationManagement chat;

	@Autowired
	MutableClock clock;

	Api anonymous;

	User client;

	User expert;

	UUID conversationId;

	@BeforeEach
	void setUp() {
		this.anonymous = Api.anonymous(this.port);
		this.client = this.anonymous.signUp("CLIENT", "Dana Client");
		this.expert = this.anonymous.signUp("EXPERT", "Erik Expert");
		this.conversationId = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Flange");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theAuthorEditsWithinTheWindowAndOthersSeeTheNewTextAndWhenItWasEdited() {
		String id = send(this.client, "Bore 12 H7", null).get("id").asString();
		JsonNode edited = this.client.api().put(messagePath(id), Map.of("body", "Bore 12 H6")).expect(200).json();
		assertThat(edited.get("body").asString()).isEqualTo("Bore 12 H6");
		assertThat(edited.get("editedAt").isNull()).isFalse();
		JsonNode seen = item(this.expert, 0);
		assertThat(seen.get("body").asString()).isEqualTo("Bore 12 H6");
		assertThat(seen.get("editedAt").asString()).isEqualTo(edited.get("editedAt").asString());
		assertThat(seen.get("deleted").asBoolean()).isFalse();
	}

	@Test
	void theAuthorDeletesWithinTheWindowAndOthersSeeThatItWasDeletedButNotWhatItSaid() {
		String id = send(this.client, "Wrong drawing attached", null).get("id").asString();
		this.client.api().delete(messagePath(id)).expect(204);
		JsonNode seen = item(this.expert, 0);
		assertThat(seen.get("deleted").asBoolean()).isTrue();
		assertThat(seen.get("body").asString()).isEmpty();
		assertThat(this.expert.api().get("/api/v1/conversations/unread").expect(200).json().get("total").asInt())
			.isZero();
		assertThat(this.expert.api().get(conversationPath() + "/search?q=drawing").expect(200).json().get("items"))
			.isEmpty();
		assertThat(this.client.api().delete(messagePath(id)).status()).isEqualTo(409);
		assertThat(this.client.api().put(messagePath(id), Map.of("body", "again")).status()).isEqualTo(409);
	}

	@Test
	void afterTheWindowEditsAndDeletionsAreConflicts() {
		String id = send(this.client, "Final answer", null).get("id").asString();
		this.clock.advance(Duration.ofMinutes(16));
		Api.Response edit = this.client.api().put(messagePath(id), Map.of("body", "Changed my mind"));
		assertThat(edit.status()).isEqualTo(409);
		assertThat(edit.contentType()).startsWith("application/problem+json");
		assertThat(edit.text("detail")).contains("15 minutes");
		assertThat(this.client.api().delete(messagePath(id)).status()).isEqualTo(409);
	}

	@Test
	void someoneElsesMessageIsForbiddenAndStrangersAreToldNothingExists() {
		String id = send(this.client, "Mine", null).get("id").asString();
		assertThat(this.expert.api().put(messagePath(id), Map.of("body", "Yours now")).status()).isEqualTo(403);
		assertThat(this.expert.api().delete(messagePath(id)).status()).isEqualTo(403);
		User stranger = this.anonymous.signUp("EXPERT", "Stranger");
		assertThat(stranger.api().put(messagePath(id), Map.of("body", "x")).status()).isEqualTo(404);
		assertThat(stranger.api().delete(messagePath(id)).status()).isEqualTo(404);
		assertThat(this.client.api().delete(messagePath(UUID.randomUUID().toString())).status()).isEqualTo(404);
		assertThat(this.client.api().put(messagePath(id), Map.of("body", " ")).status()).isEqualTo(422);
		assertThat(item(this.expert, 0).get("body").asString()).isEqualTo("Mine");
	}

	@Test
	void aReplyCarriesAShortQuoteOfTheOriginal() {
		String longText = "Please check the flatness callout on sheet 2 ".repeat(10);
		send(this.client, longText, null);
		JsonNode reply = send(this.expert, "Checked: 0.05 mm is achievable.", 1L);
		assertThat(reply.at("/replyTo/seq").asLong()).isEqualTo(1);
		assertThat(reply.at("/replyTo/senderName").asString()).isEqualTo("Dana Client");
		assertThat(reply.at("/replyTo/text").asString()).hasSize(ChatMessage.QUOTE_LENGTH).endsWith("…");
		assertThat(item(this.client, 1).at("/replyTo/seq").asLong()).isEqualTo(1);
		assertThat(item(this.client, 0).get("replyTo").isNull()).isTrue();

		Map<String, Object> toTheFuture = new HashMap<>(Map.of("body", "?", "replyToSeq", 99));
		assertThat(this.expert.api().post(messagesPath(), toTheFuture).status()).isEqualTo(422);
	}

	@Test
	void aParticipantSearchesAllTheirConversations() {
		UUID other = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Second job");
		send(this.client, "Use ISO 2768-mK for the housing", null);
		this.client.api()
			.post("/api/v1/conversations/" + other + "/messages", Map.of("body", "Same ISO 2768 class here"))
			.expect(201);
		send(this.client, "Unrelated", null);
		JsonNode found = this.expert.api().get("/api/v1/conversations/search?q=iso%202768&limit=1").expect(200).json();
		assertThat(found.get("items")).hasSize(1);
		assertThat(found.at("/items/0/body").asString()).isEqualTo("Same ISO 2768 class here");
		JsonNode next = this.expert.api()
			.get("/api/v1/conversations/search?q=iso%202768&limit=1&cursor=" + found.get("nextCursor").asString())
			.expect(200)
			.json();
		assertThat(next.at("/items/0/body").asString()).isEqualTo("Use ISO 2768-mK for the housing");
		User stranger = this.anonymous.signUp("CLIENT", "Stranger");
		assertThat(stranger.api().get("/api/v1/conversations/search?q=iso").expect(200).json().get("items")).isEmpty();
	}

	private JsonNode send(User sender, String body, Long replyToSeq) {
		Map<String, Object> request = new HashMap<>();
		request.put("body", body);
		if (replyToSeq != null) {
			request.put("replyToSeq", replyToSeq);
		}
		return sender.api().post(messagesPath(), request).expect(201).json();
	}

	private JsonNode item(User viewer, int index) {
		return viewer.api().get(messagesPath()).expect(200).json().get("items").get(index);
	}

	private String conversationPath() {
		return "/api/v1/conversations/" + this.conversationId;
	}

	private String messagesPath() {
		return conversationPath() + "/messages";
	}

	private String messagePath(String id) {
		return messagesPath() + "/" + id;
	}

}
