package com.cadhire.hiring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.chat.ReadPointers;
import com.cadhire.common.Cursor;
import com.cadhire.common.Keyset;
import com.cadhire.common.Page;
import com.cadhire.common.Party;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.SqlValues;
import com.cadhire.common.Times;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert's "My job applications" read model: four sections, each one indexed keyset
 * query (newest first), their counts from the expert's status counters in one more, and
 * the unread counts of the interviews in one more.
 */
@Service
public class MyJobApplications {

	private static final String INTERVIEW_STATUSES = SqlValues.of(ApplicationStatus.IN_INTERVIEW);

	private static final String ARCHIVED_APPLICATIONS = SqlValues.of(ApplicationStatus.FINISHED);

	private static final String ARCHIVED_INVITES = SqlValues.of(Invite.Status.ENDED_WITHOUT_APPLICATION);

	private final JdbcClient jdbc;

	private final TermsVersions terms;

	private final ReadPointers conversations;

	private final Clock clock;

	MyJobApplications(JdbcClient jdbc, TermsVersions terms, ReadPointers conversations, Clock clock) {
		this.jdbc = jdbc;
		this.terms = terms;
		this.conversations = conversations;
		this.clock = clock;
	}

	/**
	 * All four sections, first page each.
	 */
	@Transactional(readOnly = true)
	public Overview overview(UUID expertId, int limit) {
		long[] counts = counts(expertId);
		return new Overview(
				section(counts[Section.unansweredInvites.ordinal()],
						page(Section.unansweredInvites, expertId, null, limit)),
				section(counts[Section.interviewsInProgress.ordinal()],
						page(Section.interviewsInProgress, expertId, null, limit)),
				section(counts[Section.applications.ordinal()], page(Section.applications, expertId, null, limit)),
				section(counts[Section.archive.ordinal()], page(Section.archive, expertId, null, limit)));
	}

	/**
	 * The sections' counts, by {@link Section#ordinal()}, from the expert's status
	 * counters: one primary-key range of {@code expert_status_counts} (at most one row
	 * per kind and status), however many invites and applications the expert has. The
	 * database's triggers keep the counters in the transaction of every insert, status
	 * change and delete of an invite or an application ({@code V50_10_1},
	 * {@code V50_10_2}).
	 */
	private long[] counts(UUID expertId) {
		long[] counts = new long[Section.values().length];
		this.jdbc.sql("SELECT kind, status, n FROM expert_status_counts WHERE expert_id = ?")
			.param(expertId)
			.query((ResultSet rs) -> {
				Section section = sectionOf(rs.getString("kind"), rs.getString("status"));
				if (section != null) {
					counts[section.ordinal()] += rs.getLong("n");
				}
			});
		return counts;
	}

	/**
	 * The section an invite or an application in this status is listed in: the same
	 * groupings as the sections' queries.
	 */
	private static @Nullable Section sectionOf(String kind, String status) {
		if ("INVITE".equals(kind)) {
			Invite.Status invite = Invite.Status.valueOf(status);
			if (invite == Invite.Status.PENDING) {
				return Section.unansweredInvites;
			}
			return Invite.Status.ENDED_WITHOUT_APPLICATION.contains(invite) ? Section.archive : null;
		}
		ApplicationStatus application = ApplicationStatus.valueOf(status);
		if (application == ApplicationStatus.SUBMITTED) {
			return Section.applications;
		}
		if (ApplicationStatus.IN_INTERVIEW.contains(application)) {
			return Section.interviewsInProgress;
		}
		return ApplicationStatus.FINISHED.contains(application) ? Section.archive : null;
	}

	/**
	 * One page of one section.
	 */
	@Transactional(readOnly = true)
	public Page<Item> page(Section section, UUID expertId, @Nullable Cursor cursor, int limit) {
		List<Item> rows = switch (section) {
			case unansweredInvites -> invites(expertId, "'PENDING'", "i.sent_at", cursor, limit);
			case interviewsInProgress ->
				withUnread(expertId, applications(expertId, INTERVIEW_STATUSES, cursor, limit));
			case applications -> applications(expertId, "'SUBMITTED'", cursor, limit);
			case archive -> archive(expertId, cursor, limit);
		};
		return Page.of(rows, limit, (item) -> new Cursor(item.at(), item.id()));
	}

	private List<Item> invites(UUID expertId, String statuses, String at, @Nullable Cursor cursor, int limit) {
		return query(
				"""
						SELECT 'INVITE' AS kind, i.id, i.job_id, j.title, i.client_id, c.display_name, i.status,
						       %1$s AS at, CAST(NULL AS UUID) AS conversation_id, i.proposed_terms AS terms, i.expires_at,
						       0 AS terms_version
						FROM (%2$s) page JOIN invites i ON i.id = page.id
						JOIN jobs j ON j.id = i.job_id JOIN accounts c ON c.id = i.client_id
						ORDER BY %1$s DESC, i.id DESC"""
					.formatted(at, newest("invites", statuses, at.substring("i.".length()), cursor)),
				expertId, cursor, limit);
	}

	private List<Item> applications(UUID expertId, String statuses, @Nullable Cursor cursor, int limit) {
		return query("""
				SELECT 'APPLICATION' AS kind, a.id, a.job_id, j.title, a.client_id, c.display_name, a.status,
				       a.updated_at AS at, a.conversation_id, t.terms,
				       CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS expires_at, a.terms_version
				FROM (%s) page JOIN applications a ON a.id = page.id
				JOIN jobs j ON j.id = a.job_id JOIN accounts c ON c.id = a.client_id
				LEFT JOIN terms_versions t ON t.application_id = a.id AND t.version = a.terms_version
				ORDER BY a.updated_at DESC, a.id DESC"""
			.formatted(newest("applications", statuses, "updated_at", cursor)), expertId, cursor, limit);
	}

	private List<Item> archive(UUID expertId, @Nullable Cursor cursor, int limit) {
		return query("""
				SELECT * FROM (
				  SELECT 'APPLICATION' AS kind, a.id, a.job_id, j.title, a.client_id, c.display_name, a.status,
				         a.updated_at AS at, a.conversation_id, t.terms,
				         CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS expires_at, a.terms_version
				  FROM (%s) page JOIN applications a ON a.id = page.id
				  JOIN jobs j ON j.id = a.job_id JOIN accounts c ON c.id = a.client_id
				  LEFT JOIN terms_versions t ON t.application_id = a.id AND t.version = a.terms_version
				  UNION ALL
				  SELECT 'INVITE' AS kind, i.id, i.job_id, j.title, i.client_id, c.display_name, i.status,
				         i.answered_at AS at, CAST(NULL AS UUID) AS conversation_id, i.proposed_terms AS terms,
				         i.expires_at, 0 AS terms_version
				  FROM (%s) page JOIN invites i ON i.id = page.id
				  JOIN jobs j ON j.id = i.job_id JOIN accounts c ON c.id = i.client_id
				) archive ORDER BY at DESC, id DESC LIMIT :limit""".formatted(
				newest("applications", ARCHIVED_APPLICATIONS, "updated_at", cursor),
				newest("invites", ARCHIVED_INVITES, "answered_at", cursor)), expertId, cursor, limit);
	}

	/**
	 * The ids and sort keys of the expert's newest {@code :limit} rows of a table in
	 * these statuses (after the cursor): one ordered range of the table's expert index
	 * per status ({@code expert_id, status, <at> DESC, id DESC}), each stopping after
	 * {@code :limit} rows, merged. A single {@code status IN (...)} would make the
	 * database read and sort every row of the expert in those statuses; this reads at
	 * most {@code :limit} index entries per status, however many the expert has. The
	 * page's other columns are joined to these few ids only.
	 */
	private static String newest(String table, String statuses, String at, @Nullable Cursor cursor) {
		String keyset = Keyset.newestFirst(cursor, at, "id");
		StringBuilder union = new StringBuilder("SELECT id, sort_at FROM (");
		String[] each = statuses.split(",\\s*");
		for (int i = 0; i < each.length; i++) {
			if (i > 0) {
				union.append(" UNION ALL ");
			}
			union
				.append("(SELECT id, %1$s AS sort_at FROM %2$s WHERE expert_id = :me AND status = %3$s%4$s"
					.formatted(at, table, each[i], keyset))
				.append(" ORDER BY %s DESC, id DESC LIMIT :limit)".formatted(at));
		}
		return union.append(") newest ORDER BY sort_at DESC, id DESC LIMIT :limit").toString();
	}

	private List<Item> query(String sql, UUID expertId, @Nullable Cursor cursor, int limit) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("me", expertId).param("limit", limit + 1);
		statement = Keyset.bind(statement, cursor);
		Instant now = this.clock.instant();
		return statement.query((rs, n) -> item(rs, now)).list();
	}

	private Item item(ResultSet rs, Instant now) throws SQLException {
		boolean invite = "INVITE".equals(rs.getString("kind"));
		UUID id = rs.getObject("id", UUID.class);
		String status = rs.getString("status");
		// what the expert may do with the item: the aggregate's own rule, on the row
		List<String> actions = invite
				? Invite.actions(Party.EXPERT, Invite.Status.valueOf(status), Times.instant(rs, "expires_at"), now)
					.stream()
					.map(Invite.Action::apiName)
					.toList()
				: Application.actions(Party.EXPERT, ApplicationStatus.valueOf(status), rs.getInt("terms_version"))
					.stream()
					.map(ApplicationAction::apiName)
					.toList();
		String json = rs.getString("terms");
		TermsSummary summary = null;
		if (json != null) {
			Terms t = this.terms.read(json);
			summary = new TermsSummary(t.rateType().name(), t.amount(), t.currency());
		}
		return new Item(invite ? "INVITE" : "APPLICATION", id, invite ? id : null, invite ? null : id, status,
				rs.getObject("job_id", UUID.class), rs.getString("title"), rs.getObject("client_id", UUID.class),
				rs.getString("display_name"), rs.getObject("conversation_id", UUID.class), null, summary,
				Times.instant(rs, "at"), Times.instant(rs, "expires_at"), actions);
	}

	private List<Item> withUnread(UUID expertId, List<Item> items) {
		List<UUID> conversationIds = items.stream()
			.map(Item::conversationId)
			.filter(java.util.Objects::nonNull)
			.toList();
		Map<UUID, Integer> unread = this.conversations.unreadCounts(expertId, conversationIds);
		List<Item> result = new ArrayList<>(items.size());
		for (Item item : items) {
			int count = (item.conversationId() != null) ? unread.getOrDefault(item.conversationId(), 0) : 0;
			result.add(item.withUnread(count));
		}
		return result;
	}

	private static SectionPage section(long count, Page<Item> page) {
		return new SectionPage(count, page.items(), page.nextCursor());
	}

	/**
	 * Parses a section name as the API spells it.
	 * @param name e.g. {@code unansweredInvites}
	 * @return the section
	 */
	public static Section section(String name) {
		try {
			return Section.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.field("section",
					"section must be one of unansweredInvites, interviewsInProgress, applications, archive.");
		}
	}

	/**
	 * The sections, named as the API names them.
	 */
	@SuppressWarnings("checkstyle:ConstantName")
	public enum Section {

		/** Invites waiting for the expert's answer. */
		unansweredInvites,

		/**
		 * Applications the client answered, each with its chat (and chat-first drafts).
		 */
		interviewsInProgress,

		/** Submitted applications the client has not answered yet. */
		applications,

		/** Declined, withdrawn, expired, closed and hired items. */
		archive

	}

	/**
	 * All four sections.
	 *
	 * @param unansweredInvites invites waiting for an answer
	 * @param interviewsInProgress interviews
	 * @param applications applications awaiting the client
	 * @param archive finished items
	 */
	public record Overview(SectionPage unansweredInvites, SectionPage interviewsInProgress, SectionPage applications,
			SectionPage archive) {
	}

	/**
	 * A section: its total count and its first page.
	 *
	 * @param count how many items the section holds
	 * @param items the page
	 * @param nextCursor the next page's cursor
	 */
	public record SectionPage(long count, List<Item> items, @Nullable String nextCursor) {
	}

	/**
	 * The rate of an item's current terms.
	 *
	 * @param rateType HOURLY or FIXED
	 * @param amount rate or total
	 * @param currency currency
	 */
	public record TermsSummary(String rateType, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
			String currency) {
	}

	/**
	 * One invite or application in a section.
	 *
	 * @param type INVITE or APPLICATION
	 * @param id the item's id
	 * @param inviteId the invite's id (invites)
	 * @param applicationId the application's id (applications)
	 * @param status its status
	 * @param jobId the job
	 * @param jobTitle the job's title
	 * @param clientId the client
	 * @param clientName the client's name
	 * @param conversationId the chat (interviews)
	 * @param unreadCount unread messages in the chat (interviews)
	 * @param terms the current terms' rate
	 * @param at when the item entered its state (the sort key)
	 * @param expiresAt when a pending invite expires
	 * @param actions what the expert may do with it now (the invite's or the
	 * application's action names)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Item(String type, UUID id, @Nullable UUID inviteId, @Nullable UUID applicationId, String status,
			UUID jobId, String jobTitle, UUID clientId, String clientName, @Nullable UUID conversationId,
			@Nullable Integer unreadCount, @Nullable TermsSummary terms, Instant at, @Nullable Instant expiresAt,
			List<String> actions) {

		Item withUnread(int count) {
			return new Item(this.type, this.id, this.inviteId, this.applicationId, this.status, this.jobId,
					this.jobTitle, this.clientId, this.clientName, this.conversationId, count, this.terms, this.at,
					this.expiresAt, this.actions);
		}

	}

}
