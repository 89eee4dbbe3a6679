package com.cadhire.chat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.UserId;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import com.cadhire.support.Concurrently;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ChatApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ConversationManagement chat;

	@Autowired
	ReadPointers readPointers;

	@Autowired
	MessageSending sending;

	@Autowired
	JdbcClient jdbc;

	Api anonymous;

	User client;

	User expert;

	UUID conversationId;

	@BeforeEach
	void setUp() {
		this.anonymous = Api.anonymous(this.port);
		this.client = this.anonymous.signUp("CLIENT", "Dana Client");
		this.expert = this.anonymous.signUp("EXPERT", "Erik Expert");
		this.conversationId = open(this.client, this.expert, "Gearbox housing in SolidWorks");
	}

	@Test
	void postsMessagesAndReadsThemInSeqOrder() {
		JsonNode first = send(this.client, "Hello Erik, can you start on Monday?", null).expect(201).json();
		assertThat(first.get("seq").asLong()).isEqualTo(1);
		assertThat(first.get("id").asString()).isNotBlank();
		assertThat(first.get("sentAt").asString()).isNotBlank();
		assertThat(first.get("type").asString()).isEqualTo("MESSAGE");
		assertThat(first.get("senderId").asString()).isEqualTo(this.client.id().toString());
		assertThat(first.get("senderName").asString()).isEqualTo("Dana Client");
		send(this.expert, "Yes, Monday works. M8x1.25 threads as in drawing 4711-B?", null).expect(201);
		send(this.client, "Exactly.", null).expect(201);

		JsonNode page = this.expert.api().get(messagesPath()).expect(200).json();
		assertThat(seqs(page)).containsExactly(1L, 2L, 3L);
		assertThat(bodies(page)).containsExactly("Hello Erik, can you start on Monday?",
				"Yes, Monday works. M8x1.25 threads as in drawing 4711-B?", "Exactly.");
		assertThat(page.get("nextCursor").isNull()).isTrue();
		assertThat(page.get("items").get(1).get("senderName").asString()).isEqualTo("Erik Expert");
	}

	@Test
	void pagesForwardWithAfterAndBackwardWithBefore() {
		for (int i = 1; i <= 7; i++) {
			send((i % 2 == 0) ? this.expert : this.client, "message " + i, null).expect(201);
		}
		JsonNode first = this.client.api().get(messagesPath() + "?limit=3").expect(200).json();
		assertThat(seqs(first)).containsExactly(1L, 2L, 3L);
		assertThat(first.get("nextCursor").asString()).isEqualTo("3");
		JsonNode second = this.client.api().get(messagesPath() + "?after=3&limit=3").expect(200).json();
		assertThat(seqs(second)).containsExactly(4L, 5L, 6L);
		JsonNode last = this.client.api().get(messagesPath() + "?after=6&limit=3").expect(200).json();
		assertThat(seqs(last)).containsExactly(7L);
		assertThat(last.get("nextCursor").isNull()).isTrue();

		JsonNode newest = this.client.api().get(messagesPath() + "?before=8&limit=3").expect(200).json();
		assertThat(seqs(newest)).containsExactly(5L, 6L, 7L);
		assertThat(newest.get("nextCursor").asString()).isEqualTo("5");
		JsonNode older = this.client.api().get(messagesPath() + "?before=5&limit=3").expect(200).json();
		assertThat(seqs(older)).containsExactly(2L, 3L, 4L);
		JsonNode oldest = this.client.api().get(messagesPath() + "?before=2&limit=3").expect(200).json();
		assertThat(seqs(oldest)).containsExactly(1L);
		assertThat(oldest.get("nextCursor").isNull()).isTrue();

		assertThat(this.client.api().get(messagesPath() + "?after=1&before=5").status()).isEqualTo(422);
		assertThat(this.client.api().get(messagesPath() + "?limit=0").status()).isEqualTo(422);
		assertThat(this.client.api().get(messagesPath() + "?limit=101").status()).isEqualTo(422);
	}

	@Test
	void repeatingAClientMessageIdReturnsTheSameMessageAndStoresOne() {
		String key = UUID.randomUUID().toString();
		JsonNode first = send(this.expert, "Here is my quote.", key).expect(201).json();
		JsonNode again = send(this.expert, "Here is my quote.", key).expect(200).json();
		assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
		assertThat(again.get("seq").asLong()).isEqualTo(first.get("seq").asLong());
		assertThat(again.get("clientMessageId").asString()).isEqualTo(key);
		assertThat(storedMessages()).isEqualTo(1);

		// the key belongs to its sender: the other participant may use the same one
		JsonNode other = send(this.client, "Thanks.", key).expect(201).json();
		assertThat(other.get("seq").asLong()).isEqualTo(2);
		// and the next message still gets the next seq: a repeat does not use one up
		assertThat(send(this.expert, "Next", null).expect(201).json().get("seq").asLong()).isEqualTo(3);
	}

	@Test
	void twentyConcurrentSendsWithOneClientMessageIdStoreExactlyOneMessage() throws Exception {
		String key = UUID.randomUUID().toString();
		List<Api.Response> responses = Concurrently.run(20, (i) -> send(this.client, "Are you available?", key));
		assertThat(responses).extracting(Api.Response::status).containsOnly(200, 201);
		assertThat(responses).filteredOn((r) -> r.status() == 201).hasSize(1);
		assertThat(responses).extracting((r) -> r.json().get("id").asString())
			.containsOnly(responses.get(0).json().get("id").asString());
		assertThat(responses).extracting((r) -> r.json().get("seq").asLong()).containsOnly(1L);
		assertThat(storedMessages()).isEqualTo(1);
		assertThat(send(this.client, "Next", null).expect(201).json().get("seq").asLong()).isEqualTo(2);
	}

	@Test
	void fiftyConcurrentSendsGetDenseUniqueSeqs() throws Exception {
		List<Api.Response> responses = Concurrently.run(50,
				(i) -> send((i % 2 == 0) ? this.client : this.expert, "message " + i, "key-" + i));
		assertThat(responses).extracting(Api.Response::status).containsOnly(201);
		List<Long> seqs = responses.stream().map((r) -> r.json().get("seq").asLong()).sorted().toList();
		assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
		JsonNode timeline = this.client.api().get(messagesPath() + "?limit=100").expect(200).json();
		assertThat(seqs(timeline)).containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
		assertThat(storedMessages()).isEqualTo(50);
	}

	@Test
	void countsOtherPartysMessagesAsUnreadButNotOwnOnes() {
		send(this.client, "one", null).expect(201);
		send(this.client, "two", null).expect(201);
		send(this.expert, "mine", null).expect(201);
		send(this.client, "three", null).expect(201);
		assertThat(unread(this.expert)).isEqualTo(3);
		assertThat(unread(this.client)).isEqualTo(1);

		this.expert.api().post(readPath(), Map.of("upToSeq", 2)).expect(204);
		assertThat(unread(this.expert)).isEqualTo(1);
		// the read pointer only moves forward
		this.expert.api().post(readPath(), Map.of("upToSeq", 1)).expect(204);
		assertThat(unread(this.expert)).isEqualTo(1);
		this.expert.api().post(readPath(), Map.of("upToSeq", 4)).expect(204);
		assertThat(unread(this.expert)).isZero();
		// mark as unread from seq 2: the pointer moves back to 1
		this.expert.api().post(unreadPath(), Map.of("fromSeq", 2)).expect(204);
		assertThat(unread(this.expert)).isEqualTo(2);
		// the other participant's pointer is untouched
		assertThat(unread(this.client)).isEqualTo(1);
		// reading past the newest message counts as reading the newest
		this.expert.api().post(readPath(), Map.of("upToSeq", 1000)).expect(204);
		assertThat(unread(this.expert)).isZero();
		send(this.client, "four", null).expect(201);
		assertThat(unread(this.expert)).isEqualTo(1);

		this.expert.api().post(readPath(), Map.of("upToSeq", -1)).expect(422);
		this.expert.api().post(unreadPath(), Map.of("fromSeq", 0)).expect(422);
	}

	@Test
	void countsUnreadOfManyConversationsAtOnce() {
		User otherClient = this.anonymous.signUp("CLIENT", "Olga Other");
		UUID second = open(otherClient, this.expert, "Sheet metal bracket");
		UUID withoutExpert = open(otherClient, this.client, "Not Erik's");
		send(this.client, "a", null).expect(201);
		send(this.client, "b", null).expect(201);
		otherClient.api().post("/api/v1/conversations/" + second + "/messages", Map.of("body", "c")).expect(201);

		Map<UUID, Integer> counts = this.readPointers.unreadCounts(this.expert.id(),
				List.of(this.conversationId, second, withoutExpert));
		assertThat(counts)
			.containsExactlyInAnyOrderEntriesOf(Map.of(this.conversationId, 2, second, 1, withoutExpert, 0));
	}

	@Test
	void systemEventsAppearInTheTimelineInSeqOrderAndAreNotUnread() {
		UUID applicationId = applicationOf(this.conversationId);
		send(this.expert, "Here are my terms.", null).expect(201);
		this.chat.recordSystemEvent(ApplicationId.of(applicationId),
				new SystemEvent("terms.proposed", UserId.of(this.expert.id()), Map.of("version", 2)));
		send(this.client, "Looks good.", null).expect(201);
		this.chat.recordSystemEvent(ApplicationId.of(applicationId),
				new SystemEvent("offer.sent", UserId.of(this.client.id()), Map.of("termsVersion", 2)));

		JsonNode page = this.client.api().get(messagesPath()).expect(200).json();
		assertThat(seqs(page)).containsExactly(1L, 2L, 3L, 4L);
		JsonNode event = page.get("items").get(1);
		assertThat(event.get("type").asString()).isEqualTo("SYSTEM");
		assertThat(event.get("kind").asString()).isEqualTo("terms.proposed");
		assertThat(event.get("body").asString()).isEqualTo("Erik Expert proposed new terms (version 2).");
		assertThat(event.get("senderId").isNull()).isTrue();
		assertThat(event.get("data").get("version").asInt()).isEqualTo(2);
		assertThat(event.get("data").get("actorId").asString()).isEqualTo(this.expert.id().toString());
		assertThat(page.get("items").get(3).get("kind").asString()).isEqualTo("offer.sent");
		assertThat(page.get("items").get(3).get("body").asString())
			.isEqualTo("Dana Client sent an offer on terms version 2.");
		assertThat(page.get("items").get(0).get("kind").isNull()).isTrue();

		assertThat(unread(this.client)).isEqualTo(1);
		assertThat(unread(this.expert)).isEqualTo(1);
		JsonNode listed = this.client.api().get("/api/v1/conversations/" + this.conversationId).expect(200).json();
		assertThat(listed.get("lastMessage").get("type").asString()).isEqualTo("SYSTEM");
		assertThat(listed.get("lastMessage").get("seq").asLong()).isEqualTo(4);
	}

	/**
	 * The line is rendered from the kind's sentence and the actor's name as the accounts
	 * module knows it when the entry is shown, not taken from what was stored: here the
	 * stored line is overwritten, and the entry still reads as its sentence. (Nothing
	 * renames accounts yet; a rename that updates the accounts' names shows the same
	 * way.)
	 */
	@Test
	void aSystemEventIsRenderedWhenShownNotReadFromTheStoredLine() {
		UUID applicationId = applicationOf(this.conversationId);
		this.chat.recordSystemEvent(ApplicationId.of(applicationId),
				new SystemEvent("offer.changes-requested", UserId.of(this.expert.id()), Map.of("offerId", "o-1")));
		assertThat(this.jdbc.sql("SELECT body FROM messages WHERE conversation_id = ?")
			.param(this.conversationId)
			.query(String.class)
			.single()).as("the line stored at the time").isEqualTo("Erik Expert asked for changes to the offer.");
		this.jdbc.sql("UPDATE messages SET body = 'a stale line' WHERE conversation_id = ?")
			.param(this.conversationId)
			.update();

		JsonNode event = this.client.api().get(messagesPath()).expect(200).json().get("items").get(0);
		assertThat(event.get("body").asString()).isEqualTo("Erik Expert asked for changes to the offer.");
		assertThat(event.get("data").get("offerId").asString()).isEqualTo("o-1");
	}

	@Test
	void aSystemEventOfAKindWithoutASentenceIsRefused() {
		UUID applicationId = applicationOf(this.conversationId);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.chat.recordSystemEvent(ApplicationId.of(applicationId),
					new SystemEvent("offer.teleported", UserId.of(this.client.id()), Map.of())));
	}

	@Test
	void recordingASystemEventForAnApplicationWithoutConversationDoesNothing() {
		this.chat.recordSystemEvent(ApplicationId.of(UUID.randomUUID()),
				new SystemEvent("invite.accepted", UserId.of(this.expert.id()), Map.of()));
		assertThat(this.chat.conversationOf(ApplicationId.of(UUID.randomUUID()))).isEmpty();
	}

	@Test
	void openingTwiceReturnsTheSameConversation() {
		UUID applicationId = applicationOf(this.conversationId);
		assertThat(this.chat.open(ApplicationId.of(applicationId), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Again"))
			.isEqualTo(this.conversationId);
		assertThat(this.chat.conversationOf(ApplicationId.of(applicationId))).contains(this.conversationId);
	}

	@Test
	void postingAsNonParticipantIsNotFound() {
		User outsider = this.anonymous.signUp("EXPERT", "Otto Outsider");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(
				() -> this.sending.send(SendMessage.text(this.conversationId, outsider.id(), "hi", null)).posted());
		PostedMessage posted = this.sending.send(SendMessage.text(this.conversationId, this.client.id(), "hi", "k1"))
			.posted();
		assertThat(posted.seq()).isEqualTo(1);
		assertThat(this.sending.send(SendMessage.text(this.conversationId, this.client.id(), "hi", "k1")).posted())
			.isEqualTo(posted);
	}

	@Test
	void listsOwnConversationsNewestActivityFirstWithKeysetPaging() {
		User dana = this.client;
		UUID second = open(dana, this.anonymous.signUp("EXPERT", "Second Expert"), "Second job");
		UUID third = open(dana, this.anonymous.signUp("EXPERT", "Third Expert"), "Third job");
		send(this.expert, "bump the first one to the top " + "x".repeat(300), null).expect(201);

		JsonNode page1 = dana.api().get("/api/v1/conversations?limit=2").expect(200).json();
		assertThat(ids(page1)).containsExactly(this.conversationId.toString(), third.toString());
		JsonNode top = page1.get("items").get(0);
		assertThat(top.get("title").asString()).isEqualTo("Gearbox housing in SolidWorks");
		assertThat(top.get("unreadCount").asInt()).isEqualTo(1);
		assertThat(top.get("applicationId").asString()).isNotBlank();
		assertThat(top.get("lastActivityAt").asString()).isNotBlank();
		assertThat(top.get("lastMessage").get("body").asString()).startsWith("bump the first one").hasSize(140);
		assertThat(top.get("participants").findValuesAsString("displayName")).containsExactlyInAnyOrder("Dana Client",
				"Erik Expert");
		assertThat(page1.get("items").get(1).get("lastMessage").isNull()).isTrue();
		String cursor = page1.get("nextCursor").asString();
		assertThat(cursor).isNotBlank();

		JsonNode page2 = dana.api().get("/api/v1/conversations?limit=2&cursor=" + cursor).expect(200).json();
		assertThat(ids(page2)).containsExactly(second.toString());
		assertThat(page2.get("nextCursor").isNull()).isTrue();

		JsonNode erik = this.expert.api().get("/api/v1/conversations").expect(200).json();
		assertThat(ids(erik)).containsExactly(this.conversationId.toString());
		assertThat(erik.get("items").get(0).get("unreadCount").asInt()).isZero();
		assertThat(dana.api().get("/api/v1/conversations?cursor=garbage").status()).isEqualTo(422);
	}

	@Test
	void searchesTheTimelineIgnoringCase() {
		send(this.client, "Please use ISO 2768-m tolerances", null).expect(201);
		send(this.expert, "OK", null).expect(201);
		send(this.expert, "iso 2768-m noted, 100% clear", null).expect(201);
		JsonNode found = this.client.api().get(searchPath("iso%202768")).expect(200).json();
		assertThat(seqs(found)).containsExactly(3L, 1L);
		JsonNode percent = this.client.api().get(searchPath("100%25")).expect(200).json();
		assertThat(seqs(percent)).containsExactly(3L);
		JsonNode paged = this.client.api().get(searchPath("iso") + "&limit=1").expect(200).json();
		assertThat(seqs(paged)).containsExactly(3L);
		JsonNode next = this.client.api()
			.get(searchPath("iso") + "&limit=1&before=" + paged.get("nextCursor").asString())
			.expect(200)
			.json();
		assertThat(seqs(next)).containsExactly(1L);
		assertThat(this.client.api().get(searchPath("")).status()).isEqualTo(422);
	}

	@Test
	void onlyParticipantsMayUseAConversation() {
		send(this.client, "hello", null).expect(201);
		User outsiderClient = this.anonymous.signUp("CLIENT", "Olivia Outsider");
		User outsiderExpert = this.anonymous.signUp("EXPERT", "Oscar Outsider");
		Map<String, String> unexpected = new java.util.LinkedHashMap<>();
		unexpected.put("participant A (client)", matrixRow(this.client.api(), 200, 201, 204));
		unexpected.put("participant B (expert)", matrixRow(this.expert.api(), 200, 201, 204));
		unexpected.put("outsider client", matrixRow(outsiderClient.api(), 404, 404, 404));
		unexpected.put("outsider expert", matrixRow(outsiderExpert.api(), 404, 404, 404));
		unexpected.put("anonymous", matrixRow(this.anonymous, 401, 401, 401));
		assertThat(unexpected).allSatisfy((who, problems) -> assertThat(problems).as(who).isEmpty());
		// outsiders do not see it in their list either
		assertThat(outsiderClient.api().get("/api/v1/conversations").expect(200).json().get("items")).isEmpty();
		assertThat(this.anonymous.get("/api/v1/conversations").status()).isEqualTo(401);
		// and their attempts changed nothing
		assertThat(storedMessages()).isEqualTo(3);
	}

	@Test
	void refusesInvalidMessagesWithFieldErrors() {
		Api.Response empty = this.client.api().post(messagesPath(), Map.of("body", ""));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.contentType()).startsWith("application/problem+json");
		assertThat(empty.json().get("errors").findValuesAsString("field")).containsExactly("body");

		Api.Response missing = this.client.api().post(messagesPath(), Map.of());
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("body");

		Api.Response tooLong = this.client.api().post(messagesPath(), Map.of("body", "x".repeat(10_001)));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.json().get("errors").findValuesAsString("field")).containsExactly("body");

		Api.Response longKey = this.client.api()
			.post(messagesPath(), Map.of("body", "hi", "clientMessageId", "k".repeat(101)));
		assertThat(longKey.status()).isEqualTo(422);
		assertThat(longKey.json().get("errors").findValuesAsString("field")).containsExactly("clientMessageId");

		send(this.client, "x".repeat(10_000), "k".repeat(100)).expect(201);
		assertThat(storedMessages()).isEqualTo(1);
	}

	@Test
	void unknownConversationIsNotFound() {
		String unknown = "/api/v1/conversations/" + UUID.randomUUID();
		Api.Response response = this.client.api().get(unknown);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(this.client.api().post(unknown + "/messages", Map.of("body", "hi")).status()).isEqualTo(404);
		assertThat(this.client.api().get(unknown + "/messages").status()).isEqualTo(404);
		assertThat(this.client.api().post(unknown + "/read", Map.of("upToSeq", 1)).status()).isEqualTo(404);
		assertThat(this.client.api().get("/api/v1/conversations/not-a-uuid").status()).isEqualTo(400);
	}

	/**
	 * Calls every conversation endpoint and returns the calls that did not answer as
	 * expected (empty when all did).
	 */
	private String matrixRow(Api api, int ok, int created, int noContent) {
		String base = "/api/v1/conversations/" + this.conversationId;
		Map<String, Integer> actual = new java.util.LinkedHashMap<>();
		Map<String, Integer> wanted = new java.util.LinkedHashMap<>();
		wanted.put("GET conversation", ok);
		actual.put("GET conversation", api.get(base).status());
		wanted.put("GET messages", ok);
		actual.put("GET messages", api.get(base + "/messages").status());
		wanted.put("GET messages before", ok);
		actual.put("GET messages before", api.get(base + "/messages?before=5").status());
		wanted.put("POST message", created);
		actual.put("POST message", api.post(base + "/messages", Map.of("body", "matrix")).status());
		wanted.put("POST read", noContent);
		actual.put("POST read", api.post(base + "/read", Map.of("upToSeq", 1)).status());
		wanted.put("POST unread", noContent);
		actual.put("POST unread", api.post(base + "/unread", Map.of("fromSeq", 1)).status());
		wanted.put("GET search", ok);
		actual.put("GET search", api.get(base + "/search?q=hello").status());
		wanted.put("GET list", (ok == 401) ? 401 : 200);
		actual.put("GET list", api.get("/api/v1/conversations").status());
		StringBuilder problems = new StringBuilder();
		wanted.forEach((call, status) -> {
			if (!status.equals(actual.get(call))) {
				problems.append(call)
					.append(": expected ")
					.append(status)
					.append(" but was ")
					.append(actual.get(call))
					.append("; ");
			}
		});
		return problems.toString();
	}

	private UUID open(User client, User expert, String title) {
		return this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(client.id()), UserId.of(expert.id()),
				title);
	}

	private UUID applicationOf(UUID conversationId) {
		return this.jdbc.sql("SELECT application_id FROM conversations WHERE id = ?")
			.param(conversationId)
			.query(UUID.class)
			.single();
	}

	private Api.Response send(User sender, String body, String clientMessageId) {
		Map<String, Object> request = new HashMap<>();
		request.put("body", body);
		if (clientMessageId != null) {
			request.put("clientMessageId", clientMessageId);
		}
		return sender.api().post(messagesPath(), request);
	}

	private int unread(User user) {
		JsonNode conversation = user.api().get("/api/v1/conversations/" + this.conversationId).expect(200).json();
		return conversation.get("unreadCount").asInt();
	}

	private int storedMessages() {
		return this.jdbc.sql("SELECT COUNT(*) FROM messages WHERE conversation_id = ?")
			.param(this.conversationId)
			.query(Integer.class)
			.single();
	}

	private String messagesPath() {
		return "/api/v1/conversations/" + this.conversationId + "/messages";
	}

	private String readPath() {
		return "/api/v1/conversations/" + this.conversationId + "/read";
	}

	private String unreadPath() {
		return "/api/v1/conversations/" + this.conversationId + "/unread";
	}

	private String searchPath(String encodedQuery) {
		return "/api/v1/conversations/" + this.conversationId + "/search?q=" + encodedQuery;
	}

	private static List<Long> seqs(JsonNode page) {
		List<Long> seqs = new ArrayList<>();
		page.get("items").forEach((item) -> seqs.add(item.get("seq").asLong()));
		return seqs;
	}

	private static List<String> bodies(JsonNode page) {
		return page.get("items").findValuesAsString("body");
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

}
