package com.cadhire.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused job names each problem's field and says what to do; the problem document
 * carries only {@code field} and {@code message} per error.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class JobProblemsApiTests {

	@LocalServerPort
	int port;

	@Test
	void namesTheProblemsOfAJobWithOnlyFieldAndMessage() {
		User client = Api.anonymous(this.port).signUp("CLIENT", "Prob Client");
		// the request's own checks (blank title and description) come first
		Api.Response blank = client.api()
			.post("/api/v1/jobs", Map.of("title", " ", "description", "", "skills", List.of(), "rateType", "HOURLY",
					"budget", Map.of("amount", "2.00", "currency", "USD"), "visibility", "PUBLIC"));
		assertThat(blank.status()).isEqualTo(422);
		assertThat(blank.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title",
				"description");
		onlyFieldAndMessage(blank.json().get("errors"));

		// then the domain's, in words for people
		Api.Response low = client.api()
			.post("/api/v1/jobs",
					Map.of("title", "Bracket", "description", "A bracket", "skills", List.of(), "rateType", "HOURLY",
							"budget", Map.of("amount", "2.00", "currency", "USD"), "visibility", "PUBLIC"));
		assertThat(low.status()).isEqualTo(422);
		JsonNode errors = low.json().get("errors");
		assertThat(errors.findValuesAsString("field")).containsExactly("budget.amount");
		assertThat(errors.findValuesAsString("message"))
			.containsExactly("Enter an hourly rate between 8.00 and 10000000.00.");
		onlyFieldAndMessage(errors);
	}

	private static void onlyFieldAndMessage(JsonNode errors) {
		for (JsonNode error : errors) {
			assertThat(new ArrayList<>(error.propertyNames())).containsExactlyInAnyOrder("field", "message");
		}
	}

}
