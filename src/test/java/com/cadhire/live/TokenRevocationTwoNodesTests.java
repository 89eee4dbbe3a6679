package com.cadhire.live;

import java.time.Duration;
import java.util.Map;

import com.cadhire.accounts.AccessTokens;
import com.cadhire.support.Api;
import com.cadhire.support.SecondNode;
import com.cadhire.support.Api.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL database: a token revoked through one node is
 * refused by the other as soon as the revoke's notification arrives, although the other
 * node remembered the token a moment before (it would otherwise accept it for up to
 * {@link AccessTokens#REMEMBERED}). Runs in CI's PostgreSQL pass (the datasource comes
 * from {@code SPRING_DATASOURCE_*}).
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TokenRevocationTwoNodesTests {

	/** Well below {@link AccessTokens#REMEMBERED}: only the bus can make it. */
	private static final Duration BOUND = Duration.ofSeconds(2);

	@LocalServerPort
	int port;

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
	void aTokenRevokedOnNodeAIsRefusedOnNodeBWithinTheBound() throws Exception {
		assertThat(BOUND).isLessThan(AccessTokens.REMEMBERED);
		User owner = this.nodeA.signUp("EXPERT", "Rhea Revoker");
		Api.Response issued = owner.api().post("/api/v1/me/tokens", Map.of("name", "script")).expect(201);
		Api scriptOnB = this.onB.withToken(issued.text("token"));
		Api scriptOnA = this.nodeA.withToken(issued.text("token"));
		// both nodes remember the token now
		scriptOnB.get("/api/v1/me").expect(200);
		scriptOnA.get("/api/v1/me").expect(200);
		scriptOnB.get("/api/v1/me").expect(200);

		long revoked = System.nanoTime();
		owner.api().delete("/api/v1/me/tokens/" + issued.text("id")).expect(204);
		scriptOnA.get("/api/v1/me").expect(401);
		int status;
		do {
			status = scriptOnB.get("/api/v1/me").status();
			if (status == 200) {
				Thread.sleep(10);
			}
		}
		while (status == 200 && System.nanoTime() - revoked < BOUND.toNanos());
		Duration refusedAfter = Duration.ofNanos(System.nanoTime() - revoked);
		System.out.printf("token revocation: refused on the other node %d ms after the revoke began%n",
				refusedAfter.toMillis());
		assertThat(status).as("node B, %d ms after the revoke", refusedAfter.toMillis()).isEqualTo(401);
		assertThat(refusedAfter).isLessThan(BOUND);

		// the owner's other token, remembered by node B too, still works there
		Api ownerOnB = this.onB.withToken(owner.api().authorization().substring("Bearer ".length()));
		ownerOnB.get("/api/v1/me").expect(200);
		// and a new request on node B after a while is refused too (it is not remembered
		// again)
		Thread.sleep(200);
		scriptOnB.get("/api/v1/me").expect(401);
	}

}
