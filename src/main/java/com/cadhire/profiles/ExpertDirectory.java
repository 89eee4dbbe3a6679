package com.cadhire.profiles;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.cadhire.common.Keyset;
import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.common.Cursor;
import com.cadhire.common.Page;
import com.cadhire.common.Times;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert directory: experts who saved a profile, newest updated first, searchable by
 * text and filtered by skills. A search lists the most relevant first: the exact name,
 * then names that start with the text (or have a word that does), then headline, bio and
 * skill matches; newest updated first within each group. A read model over the profile
 * tables (on PostgreSQL, trigram indexes serve the substring matches).
 */
@Component
public class ExpertDirectory {

	/** Most skill filters in one search. */
	public static final int MAX_SKILL_FILTERS = 10;

	/** Longest search text. */
	public static final int MAX_QUERY = 100;

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final ResponsivenessReadModel responsiveness;

	private final Clock clock;

	private final boolean postgres;

	ExpertDirectory(JdbcClient jdbc, AccountManagement accounts, ResponsivenessReadModel responsiveness, Clock clock,
			javax.sql.DataSource dataSource) {
		this.postgres = isPostgres(dataSource);
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.responsiveness = responsiveness;
		this.clock = clock;
	}

	/**
	 * Finds experts.
	 * @param text matched, case-insensitively, against display name, headline, bio and
	 * skills; blank or {@code null} for all
	 * @param skills catalogue slugs or names, or free tags; an expert must have all of
	 * them
	 * @param cursor the position after the previous page, or {@code null} for the first
	 * @param limit the page size
	 * @return one page of experts
	 */
	@Transactional(readOnly = true)
	public Page<DirectoryEntry> search(@Nullable String text, Collection<String> skills, @Nullable Cursor cursor,
			int limit) {
		String pattern = pattern(text);
		if (pattern != null && this.postgres) {
			return entries(searchByIndexes(Objects.requireNonNull(text), pattern, skills, cursor, limit));
		}
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		// relevance first when searching: the exact name, then a name starting with the
		// text (or a word of it), then a match in headline, bio or skills
		String rank = "0";
		if (pattern != null) {
			conditions
				.add("(p.search_text LIKE :pattern ESCAPE '\\' OR LOWER(a.display_name) LIKE :pattern ESCAPE '\\')");
			params.put("pattern", pattern);
			String name = SkillCatalogue.key(Objects.requireNonNull(text));
			String escaped = escape(name);
			rank = """
					CASE WHEN LOWER(a.display_name) = :exact THEN 1
					WHEN LOWER(a.display_name) LIKE :prefix ESCAPE '\\' OR LOWER(a.display_name) LIKE :wordPrefix ESCAPE '\\' THEN 2
					ELSE 3 END""";
			params.put("exact", name);
			params.put("prefix", escaped + "%");
			params.put("wordPrefix", "% " + escaped + "%");
		}
		int n = 0;
		for (String key : skillKeys(skills)) {
			String param = "skill" + n++;
			conditions.add("EXISTS (SELECT 1 FROM expert_profile_skills s WHERE s.expert_id = p.id AND s.skill_key = :"
					+ param + ")");
			params.put(param, key);
		}
		StringBuilder sql = new StringBuilder("""
				SELECT * FROM (
				SELECT p.id, p.headline, p.hourly_rate, p.accepting_invites, p.away_from, p.away_to, p.updated_at,
				%s AS relevance
				FROM expert_profiles p JOIN accounts a ON a.id = p.id
				""".formatted(rank));
		if (!conditions.isEmpty()) {
			sql.append("WHERE ").append(String.join("\nAND ", conditions)).append('\n');
		}
		sql.append(") d\n");
		if (cursor != null) {
			sql.append("""
					WHERE d.relevance > :rank OR (d.relevance = :rank
					AND %s)
					""".formatted(Keyset.before("d.updated_at", "d.id")));
			params.put("rank", cursor.rank());
			params.put("at", Times.sql(cursor.at()));
			params.put("id", cursor.id());
		}
		sql.append("ORDER BY d.relevance, d.updated_at DESC, d.id DESC\nLIMIT :limit");
		params.put("limit", limit + 1);
		Instant now = this.clock.instant();
		List<Row> rows = this.jdbc.sql(sql.toString()).params(params).query((rs, i) -> row(rs, now)).list();
		Page<Row> page = Page.of(rows, limit, (row) -> new Cursor(row.updatedAt(), row.id(), row.relevance()));
		return entries(page);
	}

	/**
	 * The search on PostgreSQL: one branch per relevance group, each answered from an
	 * index (the exact and prefix name matches from the trigram index on the display
	 * name, the other matches from the trigram indexes on the profile text and the name),
	 * each taking only the page's worth of its newest rows, so that neither a rare nor a
	 * common word ranks every match. The order is the H2 query's: relevance, then newest
	 * updated first; the cursor skips the groups before its own.
	 */
	private Page<Row> searchByIndexes(String text, String pattern, Collection<String> skills, @Nullable Cursor cursor,
			int limit) {
		Map<String, Object> params = new HashMap<>();
		String name = SkillCatalogue.key(text);
		String escaped = escape(name);
		params.put("pattern", pattern);
		params.put("exact", name);
		params.put("prefix", escaped + "%");
		params.put("wordPrefix", "% " + escaped + "%");
		params.put("limit", limit + 1);
		StringBuilder skillConditions = new StringBuilder();
		int n = 0;
		for (String key : skillKeys(skills)) {
			String param = "skill" + n++;
			skillConditions.append(
					"\nAND EXISTS (SELECT 1 FROM expert_profile_skills s WHERE s.expert_id = p.id AND s.skill_key = :")
				.append(param)
				.append(")");
			params.put(param, key);
		}
		// the names that match at all, once, from the trigram index on the display name:
		// the exact, prefix and other name matches are taken from them
		String named = "FROM named a JOIN expert_profiles p ON p.id = a.id";
		String prefix = "(a.name LIKE :prefix ESCAPE '\\' OR a.name LIKE :wordPrefix ESCAPE '\\')";
		String[][] groups = { { "1", named, "a.name = :exact" }, { "2", named, prefix + " AND a.name <> :exact" }, {
				"3", "FROM expert_profiles p JOIN accounts a ON a.id = p.id",
				"p.search_text LIKE :pattern ESCAPE '\\' AND NOT (LOWER(a.display_name) LIKE :prefix ESCAPE '\\'"
						+ " OR LOWER(a.display_name) LIKE :wordPrefix ESCAPE '\\') AND LOWER(a.display_name) <> :exact" },
				{ "3", named, "NOT " + prefix + " AND a.name <> :exact" } };
		if (cursor != null) {
			params.put("rank", cursor.rank());
			params.put("at", Times.sql(cursor.at()));
			params.put("id", cursor.id());
		}
		List<String> branches = new ArrayList<>();
		for (String[] group : groups) {
			int rank = Integer.parseInt(group[0]);
			String after = "";
			if (cursor != null) {
				if (rank < cursor.rank()) {
					continue;
				}
				if (rank == cursor.rank()) {
					after = "\nAND (p.updated_at < :at OR (p.updated_at = :at AND p.id < :id))";
				}
			}
			branches.add("""
					(SELECT p.id, p.headline, p.hourly_rate, p.accepting_invites, p.away_from, p.away_to, p.updated_at,
					%s AS relevance
					%s
					WHERE %s%s%s
					ORDER BY p.updated_at DESC, p.id DESC LIMIT :limit)""".formatted(rank, group[1], group[2],
					skillConditions, after));
		}
		List<Row> rows = new ArrayList<>();
		if (!branches.isEmpty()) {
			String sql = "WITH named AS MATERIALIZED (SELECT id, LOWER(display_name) AS name FROM accounts"
					+ " WHERE LOWER(display_name) LIKE :pattern ESCAPE '\\')\n" + String.join("\nUNION\n", branches)
					+ "\nORDER BY relevance, updated_at DESC, id DESC\nLIMIT :limit";
			Instant now = this.clock.instant();
			rows = this.jdbc.sql(sql).params(params).query((rs, i) -> row(rs, now)).list();
		}
		return Page.of(rows, limit, (row) -> new Cursor(row.updatedAt(), row.id(), row.relevance()));
	}

	private static boolean isPostgres(javax.sql.DataSource dataSource) {
		try (java.sql.Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private Page<DirectoryEntry> entries(Page<Row> page) {
		List<UUID> ids = page.items().stream().map(Row::id).toList();
		Map<UUID, AccountSummary> names = this.accounts.summaries(ids);
		Map<UUID, Responsiveness> responsiveness = this.responsiveness.of(ids);
		Map<UUID, List<String>> skills = skillsOf(ids);
		return page.map((row) -> new DirectoryEntry(row.id(),
				names.containsKey(row.id()) ? names.get(row.id()).displayName() : "", row.headline(),
				skills.getOrDefault(row.id(), List.of()), row.hourlyRate(), row.acceptingInvites(), row.timeAway(),
				responsiveness.getOrDefault(row.id(), Responsiveness.UNKNOWN), row.updatedAt()));
	}

	private Map<UUID, List<String>> skillsOf(List<UUID> ids) {
		Map<UUID, List<String>> skills = new HashMap<>();
		if (ids.isEmpty()) {
			return skills;
		}
		this.jdbc.sql("""
				SELECT expert_id, skill FROM expert_profile_skills WHERE expert_id IN (:ids)
				ORDER BY expert_id, list_index
				""").param("ids", ids).query((ResultSet rs) -> {
			skills.computeIfAbsent(rs.getObject("expert_id", UUID.class), (id) -> new ArrayList<>())
				.add(rs.getString("skill"));
		});
		return skills;
	}

	private static Row row(ResultSet rs, Instant now) throws SQLException {
		LocalDate from = rs.getObject("away_from", LocalDate.class);
		LocalDate to = rs.getObject("away_to", LocalDate.class);
		TimeAway timeAway = (from != null && to != null) ? new TimeAway(from, to) : null;
		if (timeAway != null && timeAway.isOver(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))) {
			timeAway = null;
		}
		return new Row(rs.getObject("id", UUID.class), rs.getString("headline"), rs.getBigDecimal("hourly_rate"),
				rs.getBoolean("accepting_invites"), timeAway, Objects.requireNonNull(Times.instant(rs, "updated_at")),
				rs.getInt("relevance"));
	}

	private static @Nullable String pattern(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return "%" + escape(SkillCatalogue.key(text)) + "%";
	}

	private static String escape(String key) {
		return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Set<String> skillKeys(Collection<String> skills) {
		Set<String> keys = new LinkedHashSet<>();
		for (String skill : skills) {
			if (skill != null && !skill.isBlank()) {
				keys.add(SkillCatalogue.normalize(skill).skillKey().toLowerCase(Locale.ROOT));
			}
		}
		return keys;
	}

	private record Row(UUID id, String headline, @Nullable BigDecimal hourlyRate, boolean acceptingInvites,
			@Nullable TimeAway timeAway, Instant updatedAt, int relevance) {
	}

}
