package com.cadhire;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.ContractId;
import com.cadhire.common.InviteId;
import com.cadhire.common.OfferId;
import com.cadhire.common.UserId;
import com.cadhire.hiring.InviteAnswered;
import com.cadhire.hiring.Offer;
import com.cadhire.hiring.OfferAnswered;
import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event publication registry holds only what is still to be delivered: a publication
 * that its listener completed is deleted, so the table does not grow with every event
 * ever published. Events cross module boundaries with typed ids that the registry writes
 * as plain UUIDs and reads back on republication.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EventPublicationRegistryTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	EventSerializer serializer;

	@Test
	void deletesEveryPublicationItsListenerCompleted() throws Exception {
		Api anonymous = Api.anonymous(this.port);
		User client = anonymous.signUp("CLIENT", "Regina Registry");
		User expert = anonymous.signUp("EXPERT", "Rolf Registry");
		String invite = Fixtures.invite(client, Fixtures.postJob(client), expert);
		long published = this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :invite")
			.param("invite", "%" + invite + "%")
			.query(Long.class)
			.single();

		// the invite's events reach asynchronous listeners (notifications,
		// responsiveness)
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (remaining(invite) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}

		assertThat(remaining(invite)).as("publications about the invite left in the registry").isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NOT NULL")
			.query(Long.class)
			.single()).as("completed publications kept").isZero();
		assertThat(responsivenessRows(invite)).as("the asynchronous listener's work").isOne();
	}

	@Test
	void eventsWithTypedIdsRoundTripAsPlainUuids() {
		UUID offer = UUID.randomUUID();
		UUID application = UUID.randomUUID();
		UUID client = UUID.randomUUID();
		UUID expert = UUID.randomUUID();
		UUID contract = UUID.randomUUID();
		UUID invite = UUID.randomUUID();
		Instant at = Instant.parse("2026-03-04T10:15:30.123456Z");
		OfferAnswered accepted = new OfferAnswered(OfferId.of(offer), ApplicationId.of(application),
				Offer.Status.ACCEPTED, UserId.of(client), UserId.of(expert), at, ContractId.of(contract));
		OfferAnswered expired = new OfferAnswered(OfferId.of(offer), ApplicationId.of(application),
				Offer.Status.EXPIRED, UserId.of(client), UserId.of(expert), at, null);
		InviteAnswered answered = new InviteAnswered(InviteId.of(invite), UserId.of(expert), at.minusSeconds(3600), at,
				InviteAnswered.Answer.DECLINED, UserId.of(client));

		JsonNode acceptedJson = this.json.readTree(this.json.writeValueAsString(accepted));
		assertThat(acceptedJson.get("offerId").isString()).isTrue();
		assertThat(acceptedJson.get("offerId").asString()).isEqualTo(offer.toString());
		assertThat(acceptedJson.get("applicationId").asString()).isEqualTo(application.toString());
		assertThat(acceptedJson.get("clientId").asString()).isEqualTo(client.toString());
		assertThat(acceptedJson.get("expertId").asString()).isEqualTo(expert.toString());
		assertThat(acceptedJson.get("contractId").asString()).isEqualTo(contract.toString());
		assertThat(this.json.readTree(this.json.writeValueAsString(expired)).get("contractId").isNull()).isTrue();
		JsonNode answeredJson = this.json.readTree(this.json.writeValueAsString(answered));
		assertThat(answeredJson.get("inviteId").isString()).isTrue();
		assertThat(answeredJson.get("inviteId").asString()).isEqualTo(invite.toString());
		assertThat(answeredJson.get("expertId").asString()).isEqualTo(expert.toString());
		assertThat(answeredJson.get("clientId").asString()).isEqualTo(client.toString());

		assertThat(this.json.readValue(this.json.writeValueAsString(accepted), OfferAnswered.class))
			.isEqualTo(accepted);
		assertThat(this.json.readValue(this.json.writeValueAsString(expired), OfferAnswered.class)).isEqualTo(expired);
		assertThat(this.json.readValue(this.json.writeValueAsString(answered), InviteAnswered.class))
			.isEqualTo(answered);
		// as the registry stores and republishes them
		assertThat(this.serializer.deserialize(this.serializer.serialize(accepted), OfferAnswered.class))
			.isEqualTo(accepted);
		assertThat(this.serializer.deserialize(this.serializer.serialize(expired), OfferAnswered.class))
			.isEqualTo(expired);
		assertThat(this.serializer.deserialize(this.serializer.serialize(answered), InviteAnswered.class))
			.isEqualTo(answered);
		assertThat(this.serializer.serialize(answered).toString()).contains("\"inviteId\":\"" + invite + "\"");
	}

	private long responsivenessRows(String invite) {
		return this.jdbc.sql("SELECT COUNT(*) FROM invite_responsiveness WHERE invite_id = CAST(:invite AS UUID)")
			.param("invite", invite)
			.query(Long.class)
			.single();
	}

	private long remaining(String invite) {
		return this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :invite")
			.param("invite", "%" + invite + "%")
			.query(Long.class)
			.single();
	}

}
