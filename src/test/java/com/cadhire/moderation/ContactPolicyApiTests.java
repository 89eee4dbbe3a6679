package com.cadhire.moderation;

import java.util.HashMap;
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
 * The contact-information policy on the surfaces of the funnel: refused with 422 and the
 * findings, nothing stored, engineering text untouched, and exempt after a confirmed
 * Direct Hire buyout.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContactPolicyApiTests {

	@LocalServerPort
	int port;

	User client;

	User expert;

	@BeforeEach
	void signUp() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Pia Policy");
		this.expert = anonymous.signUp("EXPERT", "Ezra Policy");
	}

	@Test
	void refusesAJobDescriptionWithAnEmailAndShowsWhereItIs() {
		Map<String, Object> job = new HashMap<>(Fixtures.job("Bracket", "PUBLIC"));
		String description = "Send drawings to pia.policy at gmail dot com please";
		job.put("description", description);
		Api.Response refused = this.client.api().post("/api/v1/jobs", job);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("type")).endsWith("/problems/contact-information");
		JsonNode finding = refused.json().at("/findings/0");
		assertThat(finding.get("field").asString()).isEqualTo("description");
		assertThat(finding.get("kind").asString()).isEqualTo("EMAIL");
		assertThat(description.substring(finding.get("start").asInt(), finding.get("end").asInt()))
			.isEqualTo(finding.get("text").asString());
		assertThat(this.client.api().get("/api/v1/jobs?mine=true").json().get("items")).isEmpty();
	}

	@Test
	void letsEngineeringTextThrough() {
		Map<String, Object> job = new HashMap<>(Fixtures.job("Flange M8x1.25-6H", "PUBLIC"));
		job.put("description", "Bore Ø25 H7/g6 (25.000 / 25.021), thread M8x1.25-6H, part 3-1437289-1, "
				+ "tolerances ISO 2768-mK, see bracket_rev3.step and ASME Y14.5-2018.");
		this.client.api().post("/api/v1/jobs", job).expect(201);
	}

	@Test
	void refusesAPhoneNumberInAnInviteAndInAReply() {
		String jobId = Fixtures.postJob(this.client);
		Map<String, Object> invite = new HashMap<>();
		invite.put("expertId", this.expert.id().toString());
		invite.put("message", "Call me on six oh one, three three five, nine eight two one");
		Api.Response refused = this.client.api().post("/api/v1/jobs/" + jobId + "/invites", invite);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().at("/findings/0/kind").asString()).isEqualTo("PHONE");

		String applicationId = this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
		Api.Response reply = this.client.api()
			.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "WhatsApp me: +1 415 555 0134"));
		assertThat(reply.status()).isEqualTo(422);
		assertThat(this.client.api().get("/api/v1/applications/" + applicationId).text("status"))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void refusesContactDetailsInTermsAndProfiles() {
		String jobId = Fixtures.postJob(this.client);
		Map<String, Object> terms = Fixtures.hourly("40.00", 10);
		terms.put("notes", "details on linkedin.com/in/ezra-policy");
		Api.Response refused = this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications", Map.of("terms", terms));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().at("/findings/0/field").asString()).isEqualTo("terms.notes");

		Api.Response profile = this.expert.api()
			.put("/api/v1/me/profile", Map.of("headline", "SolidWorks expert", "bio", "Skype: live:ezra.policy",
					"skills", java.util.List.of("solidworks"), "hourlyRate", "45.00", "acceptingInvites", true));
		assertThat(profile.status()).isEqualTo(422);
		assertThat(profile.json().at("/findings/0/field").asString()).isEqualTo("bio");
	}

	@Test
	void checksADraft() {
		JsonNode result = this.expert.api()
			.post("/api/v1/screening", Map.of("text", "mail me: ezra@example.com", "surface", "MESSAGE"))
			.expect(200)
			.json();
		assertThat(result.get("contact").asBoolean()).isTrue();
		assertThat(result.at("/findings/0/kind").asString()).isEqualTo("EMAIL");
		assertThat(result.at("/findings/0/start").asInt()).isEqualTo(9);
		JsonNode clean = this.expert.api()
			.post("/api/v1/screening", Map.of("text", "Tolerance ±0.05 on Ø12 H7"))
			.expect(200)
			.json();
		assertThat(clean.get("contact").asBoolean()).isFalse();
	}

	@Test
	void pairsWithAConfirmedBuyoutMayShareContactDetails() {
		String jobId = Fixtures.postJob(this.client);
		String applicationId = this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
		String offerId = this.client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("basedOnVersion", 1))
			.expect(201)
			.text("id");
		String contractId = this.expert.api()
			.post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 1))
			.expect(201)
			.text("contractId");
		String jobTwo = Fixtures.postJob(this.client);
		Map<String, Object> invite = new HashMap<>();
		invite.put("expertId", this.expert.id().toString());
		invite.put("message", "Another one; reach me at pia@example.com");
		assertThat(this.client.api().post("/api/v1/jobs/" + jobTwo + "/invites", invite).status()).isEqualTo(422);

		this.client.api().post("/api/v1/contracts/" + contractId + "/buyout").expect(200);
		this.expert.api().post("/api/v1/contracts/" + contractId + "/buyout/confirm").expect(200);
		this.client.api().post("/api/v1/jobs/" + jobTwo + "/invites", invite).expect(201);
	}

}
