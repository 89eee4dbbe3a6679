package com.cadhire.accounts;

import java.util.Map;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountsApiTests {

	@LocalServerPort
	int port;

	Api anonymous;

	@BeforeEach
	void setUp() {
		this.anonymous = Api.anonymous(this.port);
	}

	@Test
	void signsUpAndReadsOwnAccountWithAToken() {
		User expert = this.anonymous.signUp("EXPERT", "Erin Expert");
		Api.Response me = expert.api().get("/api/v1/me").expect(200);
		assertThat(me.text("email")).isEqualTo(expert.email());
		assertThat(me.text("role")).isEqualTo("EXPERT");
		assertThat(me.body()).doesNotContain("password");
	}

	@Test
	void refusesASecondAccountWithTheSameEmailInAnotherCase() {
		User client = this.anonymous.signUp("CLIENT", "Carl Client");
		Api.Response again = this.anonymous.post("/api/v1/accounts", Map.of("email", client.email().toUpperCase(),
				"password", "another long password", "displayName", "Copy", "role", "CLIENT"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.text("type")).endsWith("/problems/email-taken");
	}

	@Test
	void namesEachInvalidFieldOnSignUp() {
		Api.Response response = this.anonymous.post("/api/v1/accounts",
				Map.of("email", "not-an-email", "password", "short", "displayName", "", "role", "CLIENT"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("email", "password",
				"displayName");
	}

	@Test
	void answersMalformedJsonWith400() {
		Api.Response response = this.anonymous.post("/api/v1/accounts", "{\"email\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.text("type")).endsWith("/problems/malformed");
	}

	@Test
	void answersAnonymousApiCallsWith401ProblemAndNoRedirect() {
		Api.Response response = this.anonymous.get("/api/v1/me");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void revokedTokenNoLongerWorks() {
		User client = this.anonymous.signUp("CLIENT", "Rita Revoker");
		Api.Response issued = client.api().post("/api/v1/me/tokens", Map.of("name", "script")).expect(201);
		Api script = this.anonymous.withToken(issued.text("token"));
		script.get("/api/v1/me").expect(200);
		client.api().delete("/api/v1/me/tokens/" + issued.text("id")).expect(204);
		assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void acceptsHttpBasic() {
		User client = this.anonymous.signUp("CLIENT", "Bea Basic");
		this.anonymous.withBasic(client.email(), client.password()).get("/api/v1/me").expect(200);
	}

	@Test
	void slowsDownRepeatedFailedSignIns() {
		User client = this.anonymous.signUp("CLIENT", "Tom Throttled");
		Api wrong = this.anonymous.withBasic(client.email(), "wrong password!!");
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
		}
		wrong.get("/api/v1/me");
		Api.Response locked = this.anonymous.withBasic(client.email(), client.password()).get("/api/v1/me");
		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.text("detail")).contains("Try again in");
	}

	@Test
	void refusesOversizedBodiesWith413() {
		String huge = "{\"email\":\"" + "a".repeat(300_000) + "\"}";
		assertThat(this.anonymous.post("/api/v1/accounts", huge).status()).isEqualTo(413);
	}

}
