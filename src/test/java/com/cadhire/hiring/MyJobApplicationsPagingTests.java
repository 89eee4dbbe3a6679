package com.cadhire.hiring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.cadhire.common.Times;
import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyset paging of "My job applications" and of a job's applicant list: small pages,
 * followed cursor by cursor, list every item of a section exactly once, newest first
 * (ties broken by id), across the section's statuses and, in the archive, across invites
 * and applications; the counts match. The rows are written directly, with timestamps that
 * tie, so that the order is known. The invites expire a lifetime from now, not from
 * {@code BASE}: the expiry sweep would otherwise expire pending ones between two pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MyJobApplicationsPagingTests {

	private static final Instant BASE = Instant.parse("2026-03-01T10:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final long run = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

	private int next;

	@Test
	void everySectionAndTheApplicantListPageThroughAllItemsNewestFirstAcrossStatuses() {
		Api anonymous = Api.anonymous(this.port);
		User client = anonymous.signUp("CLIENT", "Paula Pager");
		User expert = anonymous.signUp("EXPERT", "Evan Pager");
		UUID jobId = id();
		this.jdbc.sql("""
				INSERT INTO jobs (id, owner_id, title, description, skills, rate_type, budget_amount, budget_currency,
				                  visibility, status, created_at, version)
				VALUES (?, ?, 'Paging job', 'Paging', 'cad', 'HOURLY', 80, 'EUR', 'PUBLIC', 'OPEN', ?, 0)""")
			.params(jobId, client.id(), Times.sql(BASE))
			.update();

		List<Row> unanswered = new ArrayList<>();
		List<Row> interviews = new ArrayList<>();
		List<Row> submitted = new ArrayList<>();
		List<Row> archive = new ArrayList<>();
		String[] archivedInvites = { "DECLINED", "WITHDRAWN", "EXPIRED" };
		for (int i = 0; i < 7; i++) {
			unanswered.add(invite(jobId, client, expert, "PENDING", BASE.plusSeconds(i / 2)));
		}
		for (int i = 0; i < 9; i++) {
			archive.add(invite(jobId, client, expert, archivedInvites[i % 3], BASE.plusSeconds(i / 3)));
		}
		invite(jobId, client, expert, "ACCEPTED", BASE.plusSeconds(50));
		String[] interviewing = { "DRAFT", "INTERVIEWING", "OFFERED" };
		for (int i = 0; i < 8; i++) {
			interviews.add(application(jobId, client, expert, interviewing[i % 3], BASE.plusSeconds(i / 3)));
		}
		for (int i = 0; i < 5; i++) {
			submitted.add(application(jobId, client, expert, "SUBMITTED", BASE.plusSeconds(i / 2)));
		}
		String[] archivedApplications = { "HIRED", "WITHDRAWN", "DECLINED", "CLOSED" };
		for (int i = 0; i < 10; i++) {
			// interleaved with the archived invites, at the same instants
			archive.add(application(jobId, client, expert, archivedApplications[i % 4], BASE.plusSeconds(i / 4)));
		}

		assertPages(expert, "unansweredInvites", unanswered);
		assertPages(expert, "interviewsInProgress", interviews);
		assertPages(expert, "applications", submitted);
		assertPages(expert, "archive", archive);

		JsonNode overview = expert.api().get("/api/v1/me/job-applications?limit=4").expect(200).json();
		assertThat(overview.get("unansweredInvites").get("count").asLong()).isEqualTo(unanswered.size());
		assertThat(overview.get("interviewsInProgress").get("count").asLong()).isEqualTo(interviews.size());
		assertThat(overview.get("applications").get("count").asLong()).isEqualTo(submitted.size());
		assertThat(overview.get("archive").get("count").asLong()).isEqualTo(archive.size());
		assertThat(ids(overview.get("archive").get("items")))
			.containsExactlyElementsOf(newestFirst(archive).subList(0, 4));

		List<Row> applicants = new ArrayList<>(interviews);
		applicants.addAll(submitted);
		applicants.addAll(archive.stream().filter(Row::application).toList());
		List<UUID> listed = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = client.api()
				.get("/api/v1/jobs/" + jobId + "/applications?limit=4" + cursorParam(cursor))
				.expect(200)
				.json();
			listed.addAll(ids(page.get("items")));
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
		}
		while (cursor != null);
		assertThat(listed).containsExactlyElementsOf(newestFirst(applicants));
	}

	private void assertPages(User expert, String section, List<Row> rows) {
		List<UUID> listed = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = expert.api()
				.get("/api/v1/me/job-applications?section=" + section + "&limit=3" + cursorParam(cursor))
				.expect(200)
				.json();
			listed.addAll(ids(page.get("items")));
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
			pages++;
		}
		while (cursor != null && pages < 50);
		assertThat(listed).as(section).containsExactlyElementsOf(newestFirst(rows));
	}

	private static String cursorParam(String cursor) {
		return (cursor != null) ? "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) : "";
	}

	private static List<UUID> ids(JsonNode items) {
		List<UUID> ids = new ArrayList<>();
		items.forEach((item) -> ids.add(UUID.fromString(item.get("id").asString())));
		return ids;
	}

	private static List<UUID> newestFirst(List<Row> rows) {
		return rows.stream()
			.sorted(Comparator.comparing(Row::at).thenComparing(Row::id).reversed())
			.map(Row::id)
			.toList();
	}

	/**
	 * Ids that sort the same way in Java, H2 and PostgreSQL: one random high half, a
	 * counter.
	 */
	private UUID id() {
		return new UUID(this.run, ++this.next);
	}

	private Row invite(UUID jobId, User client, User expert, String status, Instant at) {
		UUID id = id();
		boolean pending = "PENDING".equals(status);
		this.jdbc
			.sql("""
					INSERT INTO invites (id, job_id, client_id, expert_id, message, status, sent_at, expires_at, answered_at,
					                     version)
					VALUES (?, ?, ?, ?, 'Paging invite', ?, ?, ?, ?, 0)""")
			.params(id, jobId, client.id(), expert.id(), status, Times.sql(pending ? at : BASE.minusSeconds(600)),
					Times.sql(Instant.now().plus(Invite.LIFETIME)), pending ? null : Times.sql(at))
			.update();
		return new Row(id, at, false);
	}

	private Row application(UUID jobId, User client, User expert, String status, Instant at) {
		UUID id = id();
		this.jdbc.sql("""
				INSERT INTO applications (id, job_id, client_id, expert_id, status, cover_letter, terms_version,
				                          created_at, submitted_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, 'Paging application', 1, ?, ?, ?, 0)""")
			.params(id, jobId, client.id(), expert.id(), status, Times.sql(BASE.minusSeconds(600)),
					Times.sql(BASE.minusSeconds(600)), Times.sql(at))
			.update();
		this.jdbc.sql("""
				INSERT INTO terms_versions (application_id, version, author_id, created_at, terms)
				VALUES (?, 1, ?, ?, ?)""")
			.params(id, expert.id(), Times.sql(BASE.minusSeconds(600)),
					"{\"rateType\":\"HOURLY\",\"amount\":\"80.00\",\"currency\":\"EUR\",\"milestones\":[],"
							+ "\"deliverables\":\"\",\"notes\":\"\"}")
			.update();
		return new Row(id, at, true);
	}

	private record Row(UUID id, Instant at, boolean application) {
	}

}
