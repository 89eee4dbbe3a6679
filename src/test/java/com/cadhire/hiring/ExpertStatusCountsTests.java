package com.cadhire.hiring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.common.SqlValues;
import com.cadhire.common.Times;
import com.cadhire.support.Api;
import com.cadhire.support.Concurrently;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import com.cadhire.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expert status counters ({@code expert_status_counts}) that the overview of "My job
 * applications" reads its counts from equal what counting the rows gives, after every
 * funnel step over HTTP, after raw SQL inserts, updates and deletes (the triggers' path),
 * and when transactions insert the first row of one counter at the same time. The oracle
 * is counting: per status, and the overview's query from before the counters.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExpertStatusCountsTests {

	/** The overview's counts as they were counted before the counters. */
	private static final String COUNTED = """
			SELECT
			  (SELECT COUNT(*) FROM invites WHERE expert_id = :me AND status = 'PENDING') AS unanswered,
			  (SELECT COUNT(*) FROM applications WHERE expert_id = :me AND status IN (%s)) AS interviews,
			  (SELECT COUNT(*) FROM applications WHERE expert_id = :me AND status = 'SUBMITTED') AS submitted,
			  (SELECT COUNT(*) FROM applications WHERE expert_id = :me AND status IN (%s))
			  + (SELECT COUNT(*) FROM invites WHERE expert_id = :me AND status IN (%s)) AS archived""".formatted(
			SqlValues.of(ApplicationStatus.IN_INTERVIEW), SqlValues.of(ApplicationStatus.FINISHED),
			SqlValues.of(Invite.Status.ENDED_WITHOUT_APPLICATION));

	/**
	 * Counters that differ from counting the rows, in one statement (one snapshot): the
	 * counters added, the rows' counts taken off, what does not come to 0.
	 */
	private static final String MISMATCHES = """
			SELECT expert_id, kind, status, SUM(n) AS difference FROM (
			  SELECT expert_id, kind, status, n FROM expert_status_counts
			  UNION ALL
			  SELECT expert_id, CAST('INVITE' AS VARCHAR(12)), status, -COUNT(*) FROM invites GROUP BY expert_id, status
			  UNION ALL
			  SELECT expert_id, CAST('APPLICATION' AS VARCHAR(12)), status, -COUNT(*) FROM applications
			  GROUP BY expert_id, status
			) d %s GROUP BY expert_id, kind, status HAVING SUM(n) <> 0""";

	private static final int RACERS = 6;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	ExpiryJob expiryJob;

	User client;

	User expert;

	@BeforeEach
	void signUp() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Carla Counter");
		this.expert = anonymous.signUp("EXPERT", "Ezra Counter");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void everyFunnelStepKeepsTheCountersEqualToCountingTheRows() {
		assertCountersMatch(this.expert);

		// invite sent, then accepted as proposed: the invite is ACCEPTED, a SUBMITTED
		// application
		String accepted = Fixtures.invite(this.client, Fixtures.postJob(this.client), this.expert);
		assertCountersMatch(this.expert);
		this.expert.api()
			.post("/api/v1/invites/" + accepted + "/accept", Map.of("mode", "AS_PROPOSED", "coverLetter", "Yes."))
			.expect(200);
		assertCountersMatch(this.expert);

		String declined = Fixtures.invite(this.client, Fixtures.postJob(this.client), this.expert);
		this.expert.api()
			.post("/api/v1/invites/" + declined + "/decline", Map.of("reason", "TOO_BUSY", "message", "Booked."))
			.expect(200);
		assertCountersMatch(this.expert);

		String withdrawn = Fixtures.invite(this.client, Fixtures.postJob(this.client), this.expert);
		this.client.api().post("/api/v1/invites/" + withdrawn + "/withdraw").expect(200);
		assertCountersMatch(this.expert);

		// the only pending invite of the expert expires after 30 days
		String expiring = Fixtures.invite(this.client, Fixtures.postJob(this.client), this.expert);
		this.clock.advance(Invite.LIFETIME.plus(Duration.ofMinutes(1)));
		for (int i = 0; i < 100 && this.expiryJob.run() > 0; i++) {
			// every due invite of the database, 200 at a time
		}
		this.clock.reset();
		assertThat(this.client.api().get("/api/v1/invites/" + expiring).text("status")).isEqualTo("EXPIRED");
		assertCountersMatch(this.expert);

		// chat first: a DRAFT application, submitted later from the chat
		String chatFirst = Fixtures.invite(this.client, Fixtures.postJob(this.client), this.expert);
		String draft = this.expert.api()
			.post("/api/v1/invites/" + chatFirst + "/accept", Map.of("mode", "CHAT_FIRST"))
			.expect(200)
			.text("applicationId");
		assertCountersMatch(this.expert);
		this.expert.api().post("/api/v1/applications/" + draft + "/submit").expect(200);
		assertCountersMatch(this.expert);

		String withdrawnApplication = apply(Fixtures.postJob(this.client));
		assertCountersMatch(this.expert);
		this.expert.api().post("/api/v1/applications/" + withdrawnApplication + "/withdraw").expect(200);
		assertCountersMatch(this.expert);

		String declinedApplication = apply(Fixtures.postJob(this.client));
		this.client.api()
			.post("/api/v1/applications/" + declinedApplication + "/decline", Map.of("reason", "NOT_A_FIT"))
			.expect(200);
		assertCountersMatch(this.expert);

		// replied to (INTERVIEWING), offered (OFFERED), offer accepted (HIRED)
		String hired = apply(Fixtures.postJob(this.client));
		this.client.api().post("/api/v1/applications/" + hired + "/reply", Map.of("body", "Tell me more.")).expect(200);
		assertCountersMatch(this.expert);
		String offerId = this.client.api()
			.post("/api/v1/applications/" + hired + "/offers", Map.of("basedOnVersion", 1))
			.expect(201)
			.text("id");
		assertCountersMatch(this.expert);
		this.expert.api().post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 1)).expect(201);
		assertCountersMatch(this.expert);

		// closing a job closes its applications and expires its invites
		String closedWithApplication = Fixtures.postJob(this.client);
		apply(closedWithApplication);
		String closedWithInvite = Fixtures.postJob(this.client);
		Fixtures.invite(this.client, closedWithInvite, this.expert);
		assertCountersMatch(this.expert);
		this.client.api().post("/api/v1/jobs/" + closedWithApplication + "/close").expect(200);
		assertCountersMatch(this.expert);
		this.client.api().post("/api/v1/jobs/" + closedWithInvite + "/close").expect(200);
		assertCountersMatch(this.expert);

		JsonNode overview = this.expert.api().get("/api/v1/me/job-applications").expect(200).json();
		assertThat(overview.at("/unansweredInvites/count").asLong()).isZero();
		// the draft submitted from the chat is in its interview
		assertThat(overview.at("/interviewsInProgress/count").asLong()).isEqualTo(1);
		assertThat(overview.at("/applications/count").asLong()).isEqualTo(1);
		// declined, withdrawn and expired twice (invites); withdrawn, declined, hired,
		// closed
		assertThat(overview.at("/archive/count").asLong()).isEqualTo(8);
	}

	@Test
	void rawSqlInsertsUpdatesAndDeletesGoThroughTheTriggers() {
		UUID jobId = UUID.fromString(Fixtures.postJob(this.client));
		List<UUID> invites = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			invites.add(insertInvite(jobId, this.expert.id()));
		}
		UUID application = insertApplication(jobId, this.expert.id(), "SUBMITTED");
		assertCountersMatch(this.expert);

		// one statement, several rows and counters
		this.jdbc.sql("UPDATE invites SET status = 'EXPIRED', answered_at = sent_at WHERE expert_id = ?")
			.param(this.expert.id())
			.update();
		assertCountersMatch(this.expert);
		this.jdbc.sql("UPDATE invites SET status = 'DECLINED' WHERE id = ?").param(invites.get(0)).update();
		this.jdbc.sql("UPDATE applications SET status = 'INTERVIEWING' WHERE id = ?").param(application).update();
		assertCountersMatch(this.expert);
		// no status changes: nothing to count
		this.jdbc.sql("UPDATE invites SET message = 'Edited' WHERE expert_id = ?").param(this.expert.id()).update();
		assertCountersMatch(this.expert);

		// the expert of a row changes: the count moves with it
		User other = Api.anonymous(this.port).signUp("EXPERT", "Olli Other");
		this.jdbc.sql("UPDATE invites SET expert_id = ? WHERE id = ?").params(other.id(), invites.get(1)).update();
		assertCountersMatch(this.expert);
		assertCountersMatch(other);

		this.jdbc.sql("DELETE FROM invites WHERE id IN (?, ?)").params(invites.get(0), invites.get(2)).update();
		this.jdbc.sql("DELETE FROM applications WHERE id = ?").param(application).update();
		assertCountersMatch(this.expert);
		assertThat(counted(this.expert).values()).containsOnly(0L);
	}

	@Test
	void transactionsThatInsertTheFirstRowOfACounterAtOnceLoseNoCount() throws Exception {
		UUID jobId = UUID.fromString(Fixtures.postJob(this.client));
		// each racer inserts an invite (the expert's first PENDING: one new counter) and
		// holds
		// its transaction open a moment, so the others meet its uncommitted counter
		List<UUID> invites = race((i) -> insertInvite(jobId, this.expert.id()));
		assertThat(this.jdbc.sql("SELECT n FROM expert_status_counts WHERE expert_id = ? AND status = 'PENDING'")
			.param(this.expert.id())
			.query(Long.class)
			.single()).isEqualTo(RACERS);
		assertCountersMatch(this.expert);

		// each declines one: the first DECLINED counter while all take off the same
		// PENDING one
		race((i) -> this.jdbc.sql("UPDATE invites SET status = 'DECLINED', answered_at = sent_at WHERE id = ?")
			.param(invites.get(i))
			.update());
		assertCountersMatch(this.expert);
		assertThat(counted(this.expert)).containsEntry("archived", (long) RACERS).containsEntry("unanswered", 0L);
	}

	@Test
	void everyCounterOfTheDatabaseEqualsCountingTheRows() {
		// whatever the tests before this one did on this database
		assertThat(this.jdbc.sql(MISMATCHES.formatted("")).query().listOfRows()).isEmpty();
	}

	/**
	 * Asserts that the expert's counters equal counting the expert's rows per status, and
	 * that the overview's counts (read from the counters) equal the old counting query's.
	 */
	private void assertCountersMatch(User who) {
		assertThat(
				this.jdbc.sql(MISMATCHES.formatted("WHERE expert_id = :me")).param("me", who.id()).query().listOfRows())
			.as("counters that differ from the rows")
			.isEmpty();
		Map<String, Long> counted = counted(who);
		JsonNode overview = who.api().get("/api/v1/me/job-applications").expect(200).json();
		assertThat(Map.of("unanswered", overview.at("/unansweredInvites/count").asLong(), "interviews",
				overview.at("/interviewsInProgress/count").asLong(), "submitted",
				overview.at("/applications/count").asLong(), "archived", overview.at("/archive/count").asLong()))
			.as("overview counts")
			.isEqualTo(counted);
	}

	private Map<String, Long> counted(User who) {
		Map<String, Object> row = this.jdbc.sql(COUNTED).param("me", who.id()).query().singleRow();
		return Map.of("unanswered", number(row, "unanswered"), "interviews", number(row, "interviews"), "submitted",
				number(row, "submitted"), "archived", number(row, "archived"));
	}

	private static long number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).longValue();
	}

	private String apply(String jobId) {
		return this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications",
					Map.of("coverLetter", "I can do this.", "terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
	}

	private UUID insertInvite(UUID jobId, UUID expertId) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		this.jdbc.sql("""
				INSERT INTO invites (id, job_id, client_id, expert_id, message, status, sent_at, expires_at, version)
				VALUES (?, ?, ?, ?, 'Raw invite', 'PENDING', ?, ?, 0)""")
			.params(id, jobId, this.client.id(), expertId, Times.sql(now), Times.sql(now.plus(Invite.LIFETIME)))
			.update();
		return id;
	}

	private UUID insertApplication(UUID jobId, UUID expertId, String status) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		this.jdbc.sql("""
				INSERT INTO applications (id, job_id, client_id, expert_id, status, cover_letter, terms_version,
				                          created_at, submitted_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, 'Raw application', 1, ?, ?, ?, 0)""")
			.params(id, jobId, this.client.id(), expertId, status, Times.sql(now), Times.sql(now), Times.sql(now))
			.update();
		return id;
	}

	/**
	 * Runs the step in {@value #RACERS} transactions at once, each held open 200 ms after
	 * its step.
	 */
	private <T> List<T> race(Step<T> step) throws Exception {
		return Concurrently.run(RACERS, (racer) -> this.transactions.execute((status) -> {
			T result = step.run(racer);
			sleep();
			return result;
		}));
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@FunctionalInterface
	private interface Step<T> {

		T run(int racer);

	}

}
