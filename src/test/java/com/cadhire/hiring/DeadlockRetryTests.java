package com.cadhire.hiring;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.cadhire.support.Api;
import com.cadhire.support.Api.Response;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A funnel step that loses a deadlock over the expert status counters is run again and
 * succeeds, instead of failing the user's request.
 * <p>
 * The deadlock is the one two ordinary transactions can make: accepting an invite inserts
 * the application (its counter row first) and then changes the invite (its counter rows
 * next), while closing another job with the same expert changes invites first and
 * applications after. The test plays the closing side by hand, on its own connection: it
 * locks the expert's pending-invites counter, waits until the acceptance is blocked on
 * it, and then asks for the submitted-applications counter the acceptance holds. The
 * database breaks the cycle by aborting one side. On PostgreSQL that is the acceptance
 * (it waited first, so its deadlock check runs first): without the retry the expert gets
 * a 503; with it, the acceptance runs again once the test's transaction has ended and
 * answers 200. On H2 the side that closes the cycle is the loser, here the test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeadlockRetryTests {

	private static final String LOCK_COUNTER = "UPDATE expert_status_counts SET n = n"
			+ " WHERE expert_id = ? AND kind = ? AND status = ?";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInviteAcceptedWhileAnotherJobClosesIsRunAgainAfterLosingTheDeadlock() throws Exception {
		Api anonymous = Api.anonymous(this.port);
		User client = anonymous.signUp("CLIENT", "Dana Deadlock");
		User expert = anonymous.signUp("EXPERT", "Eli Deadlock");
		// the expert has a submitted application already, so its counter row exists
		String earlier = Fixtures.invite(client, Fixtures.postJob(client), expert);
		expert.api()
			.post("/api/v1/invites/" + earlier + "/accept", Map.of("mode", "AS_PROPOSED", "coverLetter", "Yes."))
			.expect(200);
		String invite = Fixtures.invite(client, Fixtures.postJob(client), expert);

		boolean postgres;
		boolean testLost = false;
		CompletableFuture<Response> accepting;
		try (Connection closing = this.dataSource.getConnection()) {
			postgres = closing.getMetaData().getDatabaseProductName().equals("PostgreSQL");
			closing.setAutoCommit(false);
			lock(closing, expert.id(), "INVITE", "PENDING");
			accepting = CompletableFuture.supplyAsync(() -> expert.api()
				.post("/api/v1/invites/" + invite + "/accept", Map.of("mode", "AS_PROPOSED", "coverLetter", "Yes.")));
			awaitOneBlocked(postgres);
			try {
				lock(closing, expert.id(), "APPLICATION", "SUBMITTED");
			}
			catch (SQLException ex) {
				assertThat(ex.getSQLState()).as("the test's side lost a deadlock").isIn("40P01", "40001");
				testLost = true;
			}
			closing.rollback();
		}

		Response accepted = accepting.get(60, TimeUnit.SECONDS);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		if (postgres) {
			assertThat(testLost).as("on PostgreSQL the acceptance is the deadlock's loser").isFalse();
		}
		assertThat(client.api().get("/api/v1/invites/" + invite).text("status")).isEqualTo("ACCEPTED");
		assertThat(this.jdbc
			.sql("SELECT n FROM expert_status_counts WHERE expert_id = ? AND kind = 'APPLICATION'"
					+ " AND status = 'SUBMITTED'")
			.param(expert.id())
			.query(Long.class)
			.single()).as("two submitted applications, counted once each").isEqualTo(2);
	}

	private static void lock(Connection connection, UUID expertId, String kind, String status) throws SQLException {
		try (var statement = connection.prepareStatement(LOCK_COUNTER)) {
			statement.setObject(1, expertId);
			statement.setString(2, kind);
			statement.setString(3, status);
			assertThat(statement.executeUpdate()).as("the counter row %s %s exists", kind, status).isEqualTo(1);
		}
	}

	/** Waits until a session of this database waits for a row lock. */
	private void awaitOneBlocked(boolean postgres) throws InterruptedException {
		String blocked = postgres
				? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
				: "SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL";
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (this.jdbc.sql(blocked).query(Long.class).single() == 0) {
			assertThat(System.nanoTime()).as("the acceptance blocks on the locked counter").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

}
