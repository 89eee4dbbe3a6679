package com.cadhire.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	SignInSettings settings;

	@Autowired
	JdbcClient jdbc;

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
	void refusesASecondAccountWithTheSameEmailInAnotherCaseAndTellsItsOwner() {
		User client = this.anonymous.signUp("CLIENT", "Carl Client");
		Api.Response again = this.anonymous.post("/api/v1/accounts", Map.of("email", client.email().toUpperCase(),
				"password", "another long password", "displayName", "Copy", "role", "CLIENT"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.text("type")).endsWith("/problems/email-taken");
		// plain words: what happened and what to do
		assertThat(again.text("detail")).contains("An account with this e-mail address exists already")
			.contains("sign in")
			.contains("use another e-mail address");
		// nothing changed for the owner, who got a notice
		this.anonymous.withBasic(client.email(), client.password()).get("/api/v1/me").expect(200);
		assertThat(this.anonymous.withBasic(client.email(), "another long password").get("/api/v1/me").status())
			.isEqualTo(401);
		await().atMost(Duration.ofSeconds(10)).until(() -> notices(client) == 1);
		// a second try within the hour is refused the same way but sends no second notice
		this.anonymous
			.post("/api/v1/accounts", Map.of("email", client.email(), "password", "third long password", "displayName",
					"Copy", "role", "CLIENT"))
			.expect(409);
		this.anonymous.withBasic(client.email(), client.password()).get("/api/v1/me").expect(200);
		assertThat(notices(client)).isEqualTo(1);
	}

	@Test
	void aNewAddressGetsItsAccountAndIdAtOnce() {
		String fresh = "fresh-" + UUID.randomUUID() + "@example.test";
		Api.Response created = this.anonymous.post("/api/v1/accounts", Map.of("email", fresh, "password",
				"another long password", "displayName", "Nina New", "role", "EXPERT"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		assertThat(created.text("email")).isEqualTo(fresh);
		Api.Response me = this.anonymous.withBasic(fresh, "another long password").get("/api/v1/me").expect(200);
		assertThat(me.text("id")).isEqualTo(id);
	}

	@Test
	void refusesContactDetailsInTheDisplayName() {
		for (String name : List.of("Call 415 555 0134", "bob at gmail dot com", "Ann (t.me/annmodels)")) {
			Api.Response response = this.anonymous.post("/api/v1/accounts",
					Map.of("email", "named-" + UUID.randomUUID() + "@example.test", "password", "long enough password",
							"displayName", name, "role", "EXPERT"));
			assertThat(response.status()).as(name).isEqualTo(422);
			assertThat(response.text("type")).as(name).endsWith("/problems/contact-information");
			assertThat(response.json().get("errors").findValuesAsString("field")).as(name).containsOnly("displayName");
		}
		this.anonymous.signUp("EXPERT", "Anna-Maria O'Neill");
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
	void slowsDownRepeatedFailedSignInsFromAClientTheAccountDoesNotKnow() {
		User client = this.anonymous.signUp("CLIENT", "Tom Throttled");
		Api wrong = this.anonymous.withBasic(client.email(), "wrong password!!");
		int free = this.settings.failuresPerAccount();
		for (int i = 0; i < free; i++) {
			assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
		}
		// from here each failure blocks the account for 1 s, 2 s, 4 s ...; on a slow
		// machine
		// a block can end while the next password is still being hashed, so guess on
		// until
		// the first refusal (a refusal costs no hashing: the right password follows at
		// once)
		int extra = 0;
		while (wrong.get("/api/v1/me").status() == 401) {
			extra++;
			assertThat(extra).as("password checks past the free allowance").isLessThan(8);
		}
		Api.Response slowed = this.anonymous.withBasic(client.email(), client.password()).get("/api/v1/me");
		assertThat(slowed.status()).isEqualTo(429);
		assertThat(slowed.text("detail")).contains("Try again in");
		assertThat(slowed.text("type")).endsWith("/problems/too-many-sign-in-attempts");
		// tokens are no password sign-ins
		client.api().get("/api/v1/me").expect(200);
	}

	@Test
	void refusesOversizedBodiesWith413() {
		String huge = "{\"email\":\"" + "a".repeat(300_000) + "\"}";
		assertThat(this.anonymous.post("/api/v1/accounts", huge).status()).isEqualTo(413);
	}

	private int notices(User user) {
		return this.jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE recipient_id = ? AND kind = 'ACCOUNT'")
			.param(user.id())
			.query(Integer.class)
			.single();
	}

}
