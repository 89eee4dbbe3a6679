package com.cadhire.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
		// every problem at once: the blank title and description with the budget too low
		Api.Response blank = client.api()
			.post("/api/v1/jobs", Map.of("title", " ", "description", "", "skills", List.of(), "rateType", "HOURLY",
					"budget", Map.of("amount", "2.00", "currency", "USD"), "visibility", "PUBLIC"));
		assertThat(blank.status()).isEqualTo(422);
		assertThat(blank.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title",
				"description", "budget.amount");
		assertThat(blank.json().get("errors").findValuesAsString("message"))
			.contains("Enter a title of up to 120 characters.", "Enter an hourly rate between 8.00 and 10000000.00.");
		onlyFieldAndMessage(blank.json().get("errors"));

		// an empty form: every field it needs, in one problem document
		Api.Response empty = client.api().post("/api/v1/jobs", Map.of());
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title",
				"description", "rateType", "budget.currency", "budget.amount");
		assertThat(empty.json().get("errors").findValuesAsString("message"))
			.contains("Choose whether you pay by the hour or a fixed total.")
			.noneMatch((message) -> message.contains("must "));
		onlyFieldAndMessage(empty.json().get("errors"));

		// the domain's words for people
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

	@Test
	void answersBeanValidationInWordsForPeopleWithEveryFieldAtOnce() {
		Api anonymous = Api.anonymous(this.port);
		Api.Response empty = anonymous.post("/api/v1/accounts", Map.of("email", "", "password", "short"));
		assertThat(empty.status()).isEqualTo(422);
		JsonNode errors = empty.json().get("errors");
		Map<String, String> byField = new java.util.HashMap<>();
		errors.forEach((error) -> byField.merge(error.get("field").asString(), error.get("message").asString(),
				(a, b) -> a + " | " + b));
		assertThat(byField).containsKeys("email", "password", "displayName", "role");
		assertThat(byField.get("email")).contains("Enter your e-mail address.");
		assertThat(byField.get("password")).isEqualTo("Use 10 to 72 characters for your password.");
		assertThat(byField.get("displayName")).isEqualTo("Enter the name others will see.");
		assertThat(byField.get("role")).isEqualTo("Choose whether you hire or work.");
		assertThat(byField.values()).noneMatch((message) -> message.contains("must ") || message.contains("null"));
		assertThat(empty.text("detail")).contains("(and ");
		onlyFieldAndMessage(errors);

		User expert = anonymous.signUp("EXPERT", "Words Expert");
		String conversationless = UUID.randomUUID().toString();
		Api.Response reply = expert.api().post("/api/v1/applications/" + conversationless + "/reply", Map.of());
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().at("/errors/0/message").asString()).isEqualTo("Write a message.");
	}

	private static void onlyFieldAndMessage(JsonNode errors) {
		for (JsonNode error : errors) {
			assertThat(new ArrayList<>(error.propertyNames())).containsExactlyInAnyOrder("field", "message");
		}
	}

}
