package com.cadhire.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.common.Keyset;
import com.cadhire.common.ContactFinding;
import com.cadhire.accounts.Caller;
import com.cadhire.accounts.Role;
import com.cadhire.common.ConflictException;
import com.cadhire.common.Cursor;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.Times;
import com.cadhire.screening.Finding;
import com.cadhire.screening.Surface;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation cases of messages sent with contact details hidden or held for review.
 * Moderators list open cases, read the original (every read is audited), and release or
 * confirm. Confirmed violations are strikes; after
 * {@code cadhire.screening.strikes-before-review} the account is flagged for review.
 */
@Service
public class ContactCases {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final ScreeningSettings settings;

	private final Clock clock;

	ContactCases(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, ScreeningSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens a case for a message stored with its contact details masked.
	 * @param mode MASKED (the writer chose to send it hidden) or HELD (the writer says it
	 * is not contact information)
	 * @return the case id
	 */
	@Transactional
	public UUID open(Mode mode, Surface surface, UUID writerId, @Nullable UUID conversationId, @Nullable UUID messageId,
			String original, String masked, List<Finding> findings) {
		UUID id = UUID.randomUUID();
		String kinds = String.join(",", findings.stream().map((f) -> f.kind().name()).distinct().toList());
		this.jdbc.sql("""
				INSERT INTO contact_cases (id, surface, mode, writer_id, conversation_id, message_id, original, masked,
				                           kinds, findings, status, created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 0)""")
			.params(id, surface.name(), mode.name(), writerId, conversationId, messageId, original, masked, kinds,
					this.json.writeValueAsString(findings), Times.sql(this.clock.instant()))
			.update();
		return id;
	}

	/**
	 * Cases in a status, oldest first: the moderators' queue. Shows the masked text only.
	 */
	@Transactional(readOnly = true)
	public Page<CaseSummary> list(Caller moderator, Status status, @Nullable Cursor cursor, int limit) {
		requireModerator(moderator);
		String keyset = Keyset.oldestFirst(cursor, "created_at", "id");
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				SELECT id, surface, mode, writer_id, conversation_id, message_id, masked, kinds, status, created_at
				FROM contact_cases WHERE status = :status%s ORDER BY created_at, id LIMIT :limit""".formatted(keyset))
			.param("status", status.name())
			.param("limit", limit + 1);
		statement = Keyset.bind(statement, cursor);
		List<CaseSummary> rows = statement
			.query((rs, n) -> new CaseSummary(rs.getObject("id", UUID.class), rs.getString("surface"),
					Mode.valueOf(rs.getString("mode")), rs.getObject("writer_id", UUID.class),
					rs.getObject("conversation_id", UUID.class), rs.getObject("message_id", UUID.class),
					rs.getString("masked"), List.of(rs.getString("kinds").split(",")),
					Status.valueOf(rs.getString("status")), Times.instant(rs, "created_at")))
			.list();
		return Page.of(rows, limit, (row) -> new Cursor(row.createdAt(), row.id()));
	}

	/**
	 * One case with the original text. The read is recorded in the audit table.
	 */
	@Transactional
	public CaseDetail read(Caller moderator, UUID caseId) {
		requireModerator(moderator);
		CaseDetail detail = this.jdbc.sql("SELECT * FROM contact_cases WHERE id = ?")
			.param(caseId)
			.query((rs, n) -> new CaseDetail(rs.getObject("id", UUID.class), rs.getString("surface"),
					Mode.valueOf(rs.getString("mode")), rs.getObject("writer_id", UUID.class),
					rs.getObject("conversation_id", UUID.class), rs.getObject("message_id", UUID.class),
					rs.getString("original"), rs.getString("masked"), findings(rs.getString("findings")),
					Status.valueOf(rs.getString("status")), Times.instant(rs, "created_at"),
					Times.instant(rs, "decided_at"), rs.getObject("decided_by", UUID.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("case"));
		this.jdbc.sql("INSERT INTO moderator_reads (id, moderator_id, case_id, read_at) VALUES (?, ?, ?, ?)")
			.params(UUID.randomUUID(), moderator.uuid(), caseId, Times.sql(this.clock.instant()))
			.update();
		return detail;
	}

	/**
	 * The message carried no contact information: show the original again.
	 */
	@Transactional
	public void release(Caller moderator, UUID caseId) {
		CaseDetail detail = decide(moderator, caseId, Status.RELEASED);
		this.events.publishEvent(
				new ContactCaseReleased(caseId, detail.conversationId(), detail.messageId(), detail.original()));
		int strikes = this.jdbc.sql("SELECT COUNT(*) FROM contact_cases WHERE writer_id = ? AND status = 'CONFIRMED'")
			.param(detail.writerId())
			.query(Integer.class)
			.single();
		this.events.publishEvent(new ContactCaseDecided(caseId, detail.writerId(), detail.conversationId(),
				detail.messageId(), true, strikes, this.clock.instant()));
	}

	/**
	 * The message did carry contact information: it stays masked and the writer gets a
	 * strike.
	 */
	@Transactional
	public void confirm(Caller moderator, UUID caseId) {
		CaseDetail detail = decide(moderator, caseId, Status.CONFIRMED);
		int strikes = this.jdbc.sql("SELECT COUNT(*) FROM contact_cases WHERE writer_id = ? AND status = 'CONFIRMED'")
			.param(detail.writerId())
			.query(Integer.class)
			.single();
		boolean flagged = strikes >= this.settings.strikesBeforeReview();
		if (flagged) {
			int updated = this.jdbc.sql("UPDATE account_flags SET strikes = ? WHERE account_id = ?")
				.params(strikes, detail.writerId())
				.update();
			if (updated == 0) {
				this.jdbc.sql("INSERT INTO account_flags (account_id, strikes, flagged_at) VALUES (?, ?, ?)")
					.params(detail.writerId(), strikes, Times.sql(this.clock.instant()))
					.update();
			}
		}
		this.events.publishEvent(new ContactCaseConfirmed(caseId, detail.writerId(), strikes, flagged));
		this.events.publishEvent(new ContactCaseDecided(caseId, detail.writerId(), detail.conversationId(),
				detail.messageId(), false, strikes, this.clock.instant()));
	}

	/**
	 * Accounts flagged for review, most strikes first.
	 */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> flagged(Caller moderator) {
		requireModerator(moderator);
		return this.jdbc.sql("""
				SELECT f.account_id, a.display_name, f.strikes, f.flagged_at
				FROM account_flags f JOIN accounts a ON a.id = f.account_id
				ORDER BY f.strikes DESC, f.flagged_at LIMIT 200""")
			.query((rs, n) -> Map.<String, Object>of("accountId", rs.getObject("account_id", UUID.class), "displayName",
					rs.getString("display_name"), "strikes", rs.getInt("strikes"), "flaggedAt",
					Times.instant(rs, "flagged_at")))
			.list();
	}

	/**
	 * How many audited reads a case had (for tests and the moderators' own view).
	 */
	@Transactional(readOnly = true)
	public int reads(UUID caseId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM moderator_reads WHERE case_id = ?")
			.param(caseId)
			.query(Integer.class)
			.single();
	}

	private CaseDetail decide(Caller moderator, UUID caseId, Status to) {
		CaseDetail detail = read(moderator, caseId);
		Instant now = this.clock.instant();
		int updated = this.jdbc.sql("""
				UPDATE contact_cases SET status = ?, decided_at = ?, decided_by = ?, version = version + 1
				WHERE id = ? AND status = 'OPEN'""")
			.params(to.name(), Times.sql(now), moderator.uuid(), caseId)
			.update();
		if (updated == 0) {
			throw new ConflictException("invalid-state", "This case was decided already.",
					Map.of("status", detail.status().name()));
		}
		return detail;
	}

	private static void requireModerator(Caller user) {
		if (!user.is(Role.MODERATOR)) {
			throw new ForbiddenException("Only moderators review contact-information cases.");
		}
	}

	/**
	 * How the writer chose to send a message with contact details.
	 */
	public enum Mode {

		/** Sent with the contact details hidden. */
		MASKED,

		/** Held for a moderator: the writer says it is not contact information. */
		HELD

	}

	/**
	 * Where a case is.
	 */
	public enum Status {

		/** Waiting for a moderator. */
		OPEN,

		/** Not contact information: the original is shown. */
		RELEASED,

		/** Contact information: stays masked, a strike. */
		CONFIRMED

	}

	private List<ContactFinding> findings(String json) {
		return this.json.readValue(json, new TypeReference<List<ContactFinding>>() {
		});
	}

	/**
	 * A case in the queue, without the original.
	 */
	public record CaseSummary(UUID id, String surface, Mode mode, UUID writerId, @Nullable UUID conversationId,
			@Nullable UUID messageId, String masked, List<String> kinds, Status status, Instant createdAt) {
	}

	/**
	 * A case with the original text.
	 */
	public record CaseDetail(UUID id, String surface, Mode mode, UUID writerId, @Nullable UUID conversationId,
			@Nullable UUID messageId, String original, String masked, List<ContactFinding> findings, Status status,
			Instant createdAt, @Nullable Instant decidedAt, @Nullable UUID decidedBy) {
	}

}
