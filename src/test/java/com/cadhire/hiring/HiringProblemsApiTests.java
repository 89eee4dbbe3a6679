package com.cadhire.hiring;

import java.util.ArrayList;
import java.util.HashMap;
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
 * A hiring request with both a bean-validation problem (a missing field, a text too long)
 * and terms that break the terms' rules answers every problem in one problem document, in
 * words for people; terms that alone are wrong still answer as {@code invalid-terms}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HiringProblemsApiTests {

	private static final String VALIDATION = "https://cadhire.app/problems/validation";

	@LocalServerPort
	int port;

	User client;

	User expert;

	String jobId;

	@BeforeEach
	void setUp() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Paula Problems");
		this.expert = anonymous.signUp("EXPERT", "Piet Problems");
		this.jobId = Fixtures.postJob(this.client);
	}

	@Test
	void applyWithOverlongCoverLetterAndInvalidTermsListsBothAtOnce() {
		Map<String, Object> body = new HashMap<>();
		body.put("coverLetter", "x".repeat(ApplicationManagement.MAX_COVER_LETTER + 1));
		body.put("terms", Fixtures.hourly("3.00", 200));
		JsonNode problem = problem(
				this.expert.api().post("/api/v1/jobs/" + this.jobId + "/applications", body).expect(422).json());
		Map<String, String> errors = errors(problem);
		assertThat(errors).containsOnlyKeys("coverLetter", "terms.amount", "terms.weeklyHourLimit");
		assertThat(errors.get("coverLetter")).isEqualTo("Keep the cover letter to 5,000 characters.");
		assertThat(errors.get("terms.amount")).isEqualTo("An hourly rate is at least 8.00.");
		assertThat(errors.get("terms.weeklyHourLimit"))
			.isEqualTo("An hourly job needs a weekly hour limit of 1 to 80.");
		assertWordsForPeople(errors);
		// nothing was stored: the corrected request applies
		this.expert.api()
			.post("/api/v1/jobs/" + this.jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201);
	}

	@Test
	void offerWithoutBasedOnVersionAndInvalidTermsListsBothAtOnce() {
		String applicationId = this.expert.api()
			.post("/api/v1/jobs/" + this.jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
		Map<String, Object> terms = Fixtures.fixed("900.00", "400.00", "400.00");
		terms.put("startDate", "2000-01-01");
		JsonNode problem = problem(this.client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("terms", terms))
			.expect(422)
			.json());
		Map<String, String> errors = errors(problem);
		assertThat(errors).containsKeys("basedOnVersion", "terms.startDate", "terms.milestones");
		assertThat(errors.get("basedOnVersion")).isEqualTo("Say which version of the terms this builds on.");
		assertThat(errors.get("terms.startDate")).isEqualTo("The start date cannot be in the past.");
		assertThat(errors.get("terms.milestones")).contains("add up to 800.00").contains("900.00");
		assertWordsForPeople(errors);
		// the same with PUT on an offer id answers the same problems before anything else
		JsonNode modified = problem(this.client.api()
			.put("/api/v1/offers/" + java.util.UUID.randomUUID(), Map.of("terms", terms))
			.expect(422)
			.json());
		assertThat(errors(modified)).containsKeys("basedOnVersion", "terms.startDate", "terms.milestones");
	}

	@Test
	void proposedTermsOfAnInviteAreCheckedWithTheMissingExpert() {
		Map<String, Object> body = new HashMap<>();
		body.put("proposedTerms", Fixtures.hourly("3.00", 10));
		JsonNode problem = problem(
				this.client.api().post("/api/v1/jobs/" + this.jobId + "/invites", body).expect(422).json());
		Map<String, String> errors = errors(problem);
		assertThat(errors).containsOnlyKeys("expertId", "proposedTerms.amount");
		assertThat(errors.get("expertId")).isEqualTo("Choose the expert to invite.");
		assertThat(errors.get("proposedTerms.amount")).isEqualTo("An hourly rate is at least 8.00.");
	}

	@Test
	void termsAloneStillAnswerAsInvalidTerms() {
		JsonNode problem = this.expert.api()
			.post("/api/v1/jobs/" + this.jobId + "/applications", Map.of("terms", Fixtures.hourly("3.00", 200)))
			.expect(422)
			.json();
		assertThat(problem.path("type").asString()).isEqualTo("https://cadhire.app/problems/invalid-terms");
		assertThat(errors(problem)).containsOnlyKeys("terms.amount", "terms.weeklyHourLimit");
	}

	private static JsonNode problem(JsonNode problem) {
		assertThat(problem.path("type").asString()).isEqualTo(VALIDATION);
		assertThat(problem.path("status").asInt()).isEqualTo(422);
		return problem;
	}

	private static Map<String, String> errors(JsonNode problem) {
		Map<String, String> errors = new HashMap<>();
		List<String> fields = new ArrayList<>();
		for (JsonNode error : problem.path("errors")) {
			fields.add(error.path("field").asString());
			errors.merge(error.path("field").asString(), error.path("message").asString(), (a, b) -> a + " " + b);
		}
		assertThat(fields).as("one entry per field").doesNotHaveDuplicates();
		return errors;
	}

	private static void assertWordsForPeople(Map<String, String> errors) {
		for (String message : errors.values()) {
			assertThat(message).doesNotContainIgnoringCase("must not be")
				.doesNotContainIgnoringCase("size must be between")
				.doesNotContain("null")
				.doesNotContain("Check this value.");
		}
	}

}
