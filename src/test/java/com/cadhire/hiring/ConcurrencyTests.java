package com.cadhire.hiring;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.support.Api;
import com.cadhire.support.Concurrently;
import com.cadhire.support.Api.Response;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races over HTTP, as several browser tabs or app nodes would run them: the outcome is
 * the one a serial order would give, and every loser gets a clean 409 problem document,
 * never a 500.
 * <p>
 * Idempotent chat sends under concurrency are covered by the chat module's
 * {@code ChatApiTests#twentyConcurrentSendsWithOneClientMessageIdStoreExactlyOneMessage}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConcurrencyTests {

	private static final int RACERS = 20;

	private static final int ROUNDS = 20;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	User client;

	User expert;

	@BeforeEach
	void signUp() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Rita Racer");
		this.expert = anonymous.signUp("EXPERT", "Ravi Racer");
	}

	@Test
	void twentySimultaneousAcceptsStartExactlyOneContract() throws Exception {
		String applicationId = apply(Fixtures.postJob(this.client));
		String offerId = this.client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("basedOnVersion", 1))
			.expect(201)
			.text("id");

		List<Response> responses = Concurrently.run(RACERS,
				(i) -> this.expert.api().post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 1)));

		List<Response> created = responses.stream().filter((r) -> r.status() == 201).toList();
		assertThat(created).hasSize(1);
		assertRefusedCleanly(responses.stream().filter((r) -> r.status() != 201).toList(), RACERS - 1);
		String contractId = created.get(0).text("contractId");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM contracts WHERE offer_id = ?")
			.param(UUID.fromString(offerId))
			.query(Long.class)
			.single()).isEqualTo(1);
		for (User party : List.of(this.client, this.expert)) {
			JsonNode contracts = party.api().get("/api/v1/contracts?limit=100").expect(200).json().get("items");
			assertThat(contracts.findValuesAsString("offerId")).containsExactly(offerId);
			assertThat(contracts.findValuesAsString("id")).containsExactly(contractId);
		}
		JsonNode offer = this.expert.api().get("/api/v1/offers/" + offerId).expect(200).json();
		assertThat(offer.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(offer.get("contractId").asString()).isEqualTo(contractId);
		assertThat(this.expert.api().get("/api/v1/applications/" + applicationId).expect(200).text("status"))
			.isEqualTo("HIRED");
	}

	@Test
	void anOfferSentWhileTheTermsChangeIsNeverOnOutdatedTerms() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String applicationId = apply(Fixtures.postJob(this.client));
			this.client.api()
				.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "Let's talk."))
				.expect(200);

			List<Response> responses = Concurrently.run(2,
					(i) -> (i == 0)
							? this.client.api()
								.post("/api/v1/applications/" + applicationId + "/offers",
										Map.of("basedOnVersion", 1, "message", "Offer at 40."))
							: this.expert.api()
								.post("/api/v1/applications/" + applicationId + "/terms",
										Map.of("basedOnVersion", 1, "terms", Fixtures.hourly("48.00", 10))));

			List<Response> succeeded = responses.stream().filter((r) -> r.status() == 201).toList();
			assertThat(succeeded).as("round %d: %s", round, responses).hasSize(1);
			assertRefusedCleanly(responses.stream().filter((r) -> r.status() != 201).toList(), 1);
			int current = this.jdbc.sql("SELECT terms_version FROM applications WHERE id = ?")
				.param(UUID.fromString(applicationId))
				.query(Integer.class)
				.single();
			List<Integer> offered = this.jdbc.sql("SELECT terms_version FROM offers WHERE application_id = ?")
				.param(UUID.fromString(applicationId))
				.query(Integer.class)
				.list();
			assertThat(offered).as("round %d: offers' terms versions, current %d", round, current)
				.allSatisfy((version) -> assertThat(version).isEqualTo(current));
			JsonNode application = this.client.api().get("/api/v1/applications/" + applicationId).expect(200).json();
			assertThat(application.get("termsVersion").asInt()).isEqualTo(current);
			assertThat(application.get("status").asString()).isEqualTo(offered.isEmpty() ? "INTERVIEWING" : "OFFERED");
		}
	}

	private String apply(String jobId) {
		return this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications",
					Map.of("coverLetter", "Ready.", "terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
	}

	private static void assertRefusedCleanly(List<Response> refused, int expected) {
		assertThat(refused).hasSize(expected).allSatisfy((response) -> {
			assertThat(response.status()).as(response.body()).isEqualTo(409);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().get("status").asInt()).isEqualTo(409);
			assertThat(response.text("type")).isNotBlank();
		});
	}

}
