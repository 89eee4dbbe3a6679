package com.cadhire.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.cadhire.chat.ConversationManagement;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import com.cadhire.support.EventStream.Event;
import com.cadhire.support.EventStream;
import com.cadhire.support.Fixtures;
import com.cadhire.support.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live event stream over HTTP, with real server-sent-event clients.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LiveEventsTests {

	private static final Duration SECOND = Duration.ofSeconds(1);

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	ConversationManagement chat;

	@Autowired
	LiveCleanup cleanup;

	@Autowired
	MutableClock clock;

	@Autowired
	MeterRegistry meters;

	@LocalManagementPort
	int managementPort;

	Api anonymous;

	User client;

	User expert;

	UUID conversationId;

	final List<EventStream> streams = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.anonymous = Api.anonymous(this.port);
		this.client = this.anonymous.signUp("CLIENT", "Dana Client");
		this.expert = this.anonymous.signUp("EXPERT", "Erik Expert");
		this.conversationId = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Gearbox housing");
	}

	@AfterEach
	void tearDown() {
		this.streams.forEach(EventStream::close);
		this.clock.reset();
	}

	@Test
	void bothPartiesReceiveAMessagePostedByTheOtherWithinOneSecond() {
		EventStream clientStream = ready(this.client);
		EventStream expertStream = ready(this.expert);

		long sent = System.nanoTime();
		JsonNode posted = send(this.client, "Can you start on Monday?").json();
		Event received = expertStream.next("message.created", SECOND);
		assertThat(Duration.ofNanos(received.receivedAt() - sent)).isLessThan(SECOND);
		JsonNode listed = this.expert.api().get(messagesPath()).expect(200).json().get("items").get(0);
		assertThat(received.json()).isEqualTo(listed);
		assertThat(received.json().get("id").asString()).isEqualTo(posted.get("id").asString());
		assertThat(clientStream.next("message.created", SECOND).json()).isEqualTo(listed);

		sent = System.nanoTime();
		send(this.expert, "Yes, Monday works.");
		Event answer = clientStream.next("message.created", SECOND);
		assertThat(Duration.ofNanos(answer.receivedAt() - sent)).isLessThan(SECOND);
		assertThat(answer.json().get("body").asString()).isEqualTo("Yes, Monday works.");
		assertThat(answer.json().get("seq").asLong()).isEqualTo(2);
	}

	@Test
	void newStreamStartsWithReadyAndEveryLoggedEventHasTheNextId() {
		EventStream stream = ready(this.expert);
		send(this.client, "one");
		send(this.client, "two");
		Event first = stream.next("message.created", PATIENCE);
		Event second = stream.next("message.created", PATIENCE);
		assertThat(second.longId()).isGreaterThan(first.longId());
		assertThat(this.anonymous.get("/api/v1/events").status()).isEqualTo(401);
	}

	@Test
	void aClientDisconnectedDuringFiftyMessagesGetsExactlyThoseInOrderOnReconnect() {
		EventStream first = ready(this.expert);
		send(this.client, "before the disconnect");
		Event last = first.next("message.created", PATIENCE);
		first.close();

		for (int i = 1; i <= 50; i++) {
			send(this.client, "message " + i);
		}

		EventStream resumed = open(EventStream.resume(this.expert.api(), last.id()));
		List<Event> created = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			created.add(resumed.next("message.created", PATIENCE));
		}
		assertThat(created).extracting((event) -> event.json().get("body").asString())
			.containsExactlyElementsOf(
					java.util.stream.IntStream.rangeClosed(1, 50).mapToObj((i) -> "message " + i).toList());
		assertThat(created).extracting((event) -> event.json().get("seq").asLong())
			.containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(2, 51).boxed().toList());
		for (int i = 0; i < created.size(); i++) {
			assertThat(created.get(i).longId()).isEqualTo(last.longId() + 1 + i);
		}
		// nothing is delivered twice; what follows is only the derived unread count
		List<Event> after = resumed.drain(Duration.ofMillis(500));
		assertThat(after).extracting(Event::name).doesNotContain("message.created");
		assertThat(after).extracting(Event::name).contains("unread.changed");
		assertThat(after.get(after.size() - 1).json().get("total").asInt()).isEqualTo(51);
	}

	@Test
	void resumingFromAnIdOlderThanTheRetentionGetsResync() {
		EventStream stream = ready(this.expert);
		send(this.client, "soon forgotten");
		Event event = stream.next("message.created", PATIENCE);
		stream.close();

		this.clock.advance(Duration.ofDays(8));
		assertThat(this.cleanup.run()).isPositive();
		this.clock.reset();

		EventStream resumed = open(EventStream.resume(this.expert.api(), Long.toString(event.longId() - 1)));
		Event resync = resumed.next((e) -> !e.name().startsWith("client."), PATIENCE, "the first event");
		assertThat(resync.name()).isEqualTo("resync");
		assertThat(resync.longId()).isGreaterThanOrEqualTo(event.longId());

		// and the stream goes on from there
		send(this.client, "after the resync");
		assertThat(resumed.next("message.created", PATIENCE).json().get("body").asString())
			.isEqualTo("after the resync");
	}

	@Test
	void anUnknownFutureIdGetsResync() {
		EventStream resumed = open(EventStream.resume(this.expert.api(), "999999"));
		assertThat(resumed.next((e) -> !e.name().startsWith("client."), PATIENCE, "the first event").name())
			.isEqualTo("resync");
		EventStream garbage = open(EventStream.resume(this.expert.api(), "not-an-id"));
		assertThat(garbage.next((e) -> !e.name().startsWith("client."), PATIENCE, "the first event").name())
			.isEqualTo("resync");
	}

	@Test
	void typingReachesTheOtherPartyOnly() {
		EventStream clientStream = ready(this.client);
		EventStream expertStream = ready(this.expert);
		this.expert.api().post(conversationPath() + "/typing").expect(204);
		Event typing = clientStream.next("typing", SECOND);
		assertThat(typing.id()).isNull();
		assertThat(typing.json().get("conversationId").asString()).isEqualTo(this.conversationId.toString());
		assertThat(typing.json().get("userId").asString()).isEqualTo(this.expert.id().toString());
		assertThat(typing.json().get("displayName").asString()).isEqualTo("Erik Expert");
		assertThat(expertStream.drain(Duration.ofMillis(300))).extracting(Event::name).doesNotContain("typing");

		User stranger = this.anonymous.signUp("EXPERT", "Stranger");
		assertThat(stranger.api().post(conversationPath() + "/typing").status()).isEqualTo(404);
	}

	@Test
	void unreadCountsAreServedAndStreamedAndReadMarkersReachTheOtherParty() {
		UUID second = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Second job");
		EventStream expertStream = ready(this.expert);
		EventStream clientStream = ready(this.client);
		send(this.client, "one");
		send(this.client, "two");
		send(this.client, "three");
		this.client.api()
			.post("/api/v1/conversations/" + second + "/messages", Map.of("body", "elsewhere"))
			.expect(201);

		JsonNode unread = this.expert.api().get("/api/v1/conversations/unread").expect(200).json();
		assertThat(unread.get("total").asInt()).isEqualTo(4);
		assertThat(unread.at("/conversations/" + this.conversationId).asInt()).isEqualTo(3);
		assertThat(unread.at("/conversations/" + second).asInt()).isEqualTo(1);
		assertThat(this.client.api().get("/api/v1/conversations/unread").expect(200).json().get("total").asInt())
			.isZero();
		expertStream.next((e) -> e.name().equals("unread.changed") && e.json().get("total").asInt() == 4, PATIENCE,
				"unread total 4");

		this.expert.api().post(conversationPath() + "/read", Map.of("upToSeq", 2)).expect(204);
		Event marker = clientStream.next("conversation.read", PATIENCE);
		assertThat(marker.json().get("participantId").asString()).isEqualTo(this.expert.id().toString());
		assertThat(marker.json().get("upToSeq").asLong()).isEqualTo(2);
		Event changed = expertStream.next(
				(e) -> e.name().equals("unread.changed") && e.json().get("total").asInt() == 2, PATIENCE,
				"unread total 2");
		assertThat(changed.json().at("/conversations/" + this.conversationId).asInt()).isEqualTo(1);
	}

	@Test
	void editsAndDeletionsReachTheOtherPartyAsMessageUpdated() {
		EventStream expertStream = ready(this.expert);
		JsonNode posted = send(this.client, "Tolerance 0.1 mm").json();
		expertStream.next("message.created", PATIENCE);
		String path = messagesPath() + "/" + posted.get("id").asString();

		this.client.api().put(path, Map.of("body", "Tolerance 0.05 mm")).expect(200);
		Event edited = expertStream.next("message.updated", PATIENCE);
		assertThat(edited.json().get("body").asString()).isEqualTo("Tolerance 0.05 mm");
		assertThat(edited.json().get("editedAt").isNull()).isFalse();

		this.client.api().delete(path).expect(204);
		Event deleted = expertStream.next("message.updated", PATIENCE);
		assertThat(deleted.json().get("deleted").asBoolean()).isTrue();
		assertThat(deleted.json().get("body").asString()).isEmpty();
	}

	@Test
	void funnelChangesReachTheUsersTheyConcern() {
		EventStream expertStream = ready(this.expert);
		EventStream clientStream = ready(this.client);
		String jobId = Fixtures.postJob(this.client);
		String inviteId = Fixtures.invite(this.client, jobId, this.expert);
		Event received = expertStream.next("invite.received", PATIENCE);
		assertThat(received.json().get("inviteId").asString()).isEqualTo(inviteId);
		assertThat(received.json().get("text").asString()).isEqualTo("Dana Client invited you to a job");

		this.expert.api()
			.post("/api/v1/invites/" + inviteId + "/accept", Map.of("mode", "CHAT_FIRST", "coverLetter", "Gladly."))
			.expect(200);
		Event answered = clientStream.next("invite.answered", PATIENCE);
		assertThat(answered.json().get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(answered.json().get("text").asString()).isEqualTo("Erik Expert accepted your invite");
	}

	@Test
	void deliveriesAreMeteredAndThePrometheusEndpointShowsTheLiveMeters() throws Exception {
		double delivered = this.meters.get("cadhire.live.deliveries").counter().count();
		Timer latency = this.meters.get("cadhire.live.delivery.latency").timer();
		long timed = latency.count();
		EventStream stream = ready(this.expert);
		assertThat(this.meters.get("cadhire.live.streams.open").gauge().value()).isGreaterThanOrEqualTo(1);

		send(this.client, "Metered on its way");
		stream.next("message.created", PATIENCE);
		assertThat(this.meters.get("cadhire.live.deliveries").counter().count() - delivered).isGreaterThanOrEqualTo(1);
		assertThat(latency.count() - timed).isGreaterThanOrEqualTo(1);
		assertThat(latency.max(TimeUnit.MILLISECONDS)).isPositive();
		assertThat(this.meters.get("cadhire.live.streams.dropped").tag("reason", "write-deadline").counter())
			.isNotNull();

		HttpResponse<String> scrape = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/prometheus"))
				.timeout(PATIENCE)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("cadhire_live_deliveries_total",
				"cadhire_live_delivery_latency_seconds_bucket{", "cadhire_live_delivery_latency_seconds_count",
				"cadhire_live_streams_open",
				"cadhire_live_streams_dropped_total{application=\"cadhire\",reason=\"write-deadline\"}");
		assertThat(scrape.body()).doesNotContain("Metered on its way");
	}

	private EventStream ready(User user) {
		EventStream stream = open(EventStream.open(user.api()));
		stream.next("ready", PATIENCE);
		return stream;
	}

	private EventStream open(EventStream stream) {
		this.streams.add(stream);
		assertThat(stream.status()).isEqualTo(200);
		return stream;
	}

	private Api.Response send(User sender, String body) {
		return sender.api().post(messagesPath(), Map.of("body", body)).expect(201);
	}

	private String conversationPath() {
		return "/api/v1/conversations/" + this.conversationId;
	}

	private String messagesPath() {
		return conversationPath() + "/messages";
	}

}
