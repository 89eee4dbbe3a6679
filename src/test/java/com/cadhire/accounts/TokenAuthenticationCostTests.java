package com.cadhire.accounts;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What authenticating an API request with a personal access token costs in statements:
 * none while the token's principal is remembered, one (the token joined to its account)
 * when it is not; and how long a node that missed a revoke on the wake-up bus keeps
 * accepting the token ({@link AccessTokens#REMEMBERED}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TokenAuthenticationCostTests {

	private static final int REQUESTS = 50;

	@LocalServerPort
	int port;

	@Autowired
	AccessTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void stopCounting() {
		StatementCounter.stop();
	}

	@Test
	void anAuthenticatedRequestCostsOneStatementForAnUnknownTokenAndNoneForARememberedOne() {
		User user = Api.anonymous(this.port).signUp("EXPERT", "Cora Cost");
		// what the endpoint itself costs, signed in by HTTP Basic (no token involved);
		// warm-up first, so that nothing else of a first request is counted
		Api basic = Api.anonymous(this.port).withBasic(user.email(), user.password());
		basic.get("/api/v1/me").expect(200);
		user.api().get("/api/v1/me").expect(200);
		this.tokens.forgetAll();

		StatementCounter.start();
		user.api().get("/api/v1/me").expect(200);
		StatementCounter.stop();
		long coldTotal = StatementCounter.statements();
		long coldTokenReads = tokenReads();

		StatementCounter.start();
		for (int i = 0; i < REQUESTS; i++) {
			user.api().get("/api/v1/me").expect(200);
		}
		StatementCounter.stop();
		double warmTotal = (double) StatementCounter.statements() / REQUESTS;
		long warmTokenReads = tokenReads();
		long warmAccountReads = StatementCounter.bySql()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().contains("accounts"))
			.mapToLong(Map.Entry::getValue)
			.sum();

		System.out.printf(
				"token authentication: unknown token %d statements per request (%d reading the token), "
						+ "remembered token %.2f per request (%d token reads in %d requests; %d account reads, "
						+ "the endpoint's own)%n",
				coldTotal, coldTokenReads, warmTotal, warmTokenReads, REQUESTS, warmAccountReads);
		assertThat(coldTokenReads).as("statements reading the token when it is not remembered").isEqualTo(1);
		assertThat(warmTokenReads).as("statements reading tokens while remembered").isZero();
		// GET /api/v1/me reads the account once itself; authentication adds nothing
		assertThat(warmAccountReads).isEqualTo(REQUESTS);
		assertThat(coldTotal).as("an unknown token costs exactly one statement more")
			.isEqualTo(Math.round(warmTotal) + 1);
	}

	@Test
	void aRevokeThisNodeMissedStopsWorkingWhenTheTokenIsNoLongerRemembered() throws Exception {
		User user = Api.anonymous(this.port).signUp("CLIENT", "Mia Missed");
		Api.Response issued = user.api().post("/api/v1/me/tokens", Map.of("name", "script")).expect(201);
		Api script = Api.anonymous(this.port).withToken(issued.text("token"));
		script.get("/api/v1/me").expect(200);
		long remembered = System.nanoTime();
		// revoked behind the application's back: what a node sees when it missed the
		// revoke's notification (the bus was down)
		this.jdbc.sql("UPDATE access_tokens SET revoked_at = CURRENT_TIMESTAMP WHERE id = ?")
			.param(UUID.fromString(issued.text("id")))
			.update();
		assertThat(script.get("/api/v1/me").status()).as("still remembered").isEqualTo(200);
		int status;
		do {
			Thread.sleep(100);
			status = script.get("/api/v1/me").status();
		}
		while (status == 200 && System.nanoTime() - remembered < AccessTokens.REMEMBERED.plusSeconds(3).toNanos());
		Duration refusedAfter = Duration.ofNanos(System.nanoTime() - remembered);
		System.out.printf("token authentication: a missed revoke refused %d ms after the token was remembered%n",
				refusedAfter.toMillis());
		assertThat(status).isEqualTo(401);
		assertThat(refusedAfter).isLessThan(AccessTokens.REMEMBERED.plusSeconds(1));
		// the owner's own token is unaffected
		user.api().get("/api/v1/me").expect(200);
	}

	private static long tokenReads() {
		return StatementCounter.bySql()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().contains("access_tokens"))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

}
