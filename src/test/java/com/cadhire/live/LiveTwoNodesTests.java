package com.cadhire.live;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.cadhire.chat.ConversationManagement;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import com.cadhire.support.EventStream.Event;
import com.cadhire.support.EventStream;
import com.cadhire.support.SecondNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL database: what happens on one reaches the event
 * streams open on the other, woken by {@code LISTEN/NOTIFY}. Runs in CI's PostgreSQL pass
 * (the datasource comes from {@code SPRING_DATASOURCE_*}).
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LiveTwoNodesTests {

	@LocalServerPort
	int port;

	@Autowired
	ConversationManagement chat;

	SecondNode nodeB;

	Api nodeA;

	Api onB;

	@BeforeAll
	void startSecondNode() {
		this.nodeB = SecondNode.start();
		this.nodeA = Api.anonymous(this.port);
		this.onB = this.nodeB.api();
	}

	@AfterAll
	void stopSecondNode() {
		if (this.nodeB != null) {
			this.nodeB.close();
		}
	}

	@Test
	void aMessagePostedOnNodeAReachesAStreamOnNodeB() {
		User client = this.nodeA.signUp("CLIENT", "Dana Client");
		User expert = this.nodeA.signUp("EXPERT", "Erik Expert");
		UUID conversationId = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(client.id()),
				UserId.of(expert.id()), "Two nodes");
		Api expertOnB = this.onB.withToken(token(expert));
		try (EventStream stream = EventStream.open(expertOnB)) {
			assertThat(stream.status()).isEqualTo(200);
			stream.next("ready", Duration.ofSeconds(10));

			long sent = System.nanoTime();
			client.api()
				.post("/api/v1/conversations/" + conversationId + "/messages", Map.of("body", "Hello from node A"))
				.expect(201);
			Event received = stream.next("message.created", Duration.ofSeconds(1));
			assertThat(Duration.ofNanos(received.receivedAt() - sent)).isLessThan(Duration.ofSeconds(1));
			assertThat(received.json().get("body").asString()).isEqualTo("Hello from node A");

			// ephemeral events cross nodes too
			client.api().post("/api/v1/conversations/" + conversationId + "/typing").expect(204);
			assertThat(stream.next("typing", Duration.ofSeconds(1)).json().get("userId").asString())
				.isEqualTo(client.id().toString());
		}
	}

	private static String token(User user) {
		return user.api().authorization().substring("Bearer ".length());
	}

}
