package com.cadhire.profiles;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.cadhire.common.Times;
import com.cadhire.profiles.InviteResponsePolicy.InviteRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads how fast experts answer: one indexed query over the invites of the window for a
 * whole page of experts, and one for their time away; the band is computed on read by
 * {@link InviteResponsePolicy}.
 */
@Component
class ResponsivenessReadModel {

	private final JdbcClient jdbc;

	private final Clock clock;

	ResponsivenessReadModel(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Responsiveness of(UUID expertId) {
		return of(List.of(expertId)).getOrDefault(expertId, Responsiveness.UNKNOWN);
	}

	/**
	 * @param expertIds the experts of a page
	 * @return responsiveness by expert; every id is present
	 */
	Map<UUID, Responsiveness> of(Collection<UUID> expertIds) {
		Map<UUID, Responsiveness> result = new HashMap<>();
		expertIds.forEach((id) -> result.put(id, Responsiveness.UNKNOWN));
		if (expertIds.isEmpty()) {
			return result;
		}
		Instant now = this.clock.instant();
		Instant windowStart = InviteResponsePolicy.windowStart(now);
		Map<UUID, List<InviteRecord>> invites = new HashMap<>();
		this.jdbc.sql("""
				SELECT expert_id, sent_at, answered_at, withdrawn_at FROM invite_responsiveness
				WHERE expert_id IN (:ids) AND sent_at >= :since
				""").param("ids", expertIds).param("since", Times.sql(windowStart)).query((ResultSet rs) -> {
			invites.computeIfAbsent(rs.getObject("expert_id", UUID.class), (id) -> new ArrayList<>())
				.add(new InviteRecord(Objects.requireNonNull(Times.instant(rs, "sent_at")),
						Times.instant(rs, "answered_at"), Times.instant(rs, "withdrawn_at")));
		});
		// Too few invites give no band whatever the time away: skip the second query
		// then.
		List<UUID> candidates = invites.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() >= InviteResponsePolicy.MIN_INVITES)
			.map(Map.Entry::getKey)
			.toList();
		if (candidates.isEmpty()) {
			return result;
		}
		Map<UUID, List<AwayPeriod>> away = timeAway(candidates, windowStart);
		for (UUID id : candidates) {
			result.put(id, new Responsiveness(
					InviteResponsePolicy.band(invites.get(id), away.getOrDefault(id, List.of()), this.clock)));
		}
		return result;
	}

	private Map<UUID, List<AwayPeriod>> timeAway(Collection<UUID> expertIds, Instant since) {
		Map<UUID, List<AwayPeriod>> away = new HashMap<>();
		this.jdbc.sql("""
				SELECT expert_id, starts_at, ends_at FROM expert_time_away
				WHERE expert_id IN (:ids) AND ends_at >= :since
				""").param("ids", expertIds).param("since", Times.sql(since)).query((ResultSet rs) -> {
			away.computeIfAbsent(rs.getObject("expert_id", UUID.class), (id) -> new ArrayList<>())
				.add(new AwayPeriod(Objects.requireNonNull(Times.instant(rs, "starts_at")),
						Objects.requireNonNull(Times.instant(rs, "ends_at"))));
		});
		this.jdbc.sql("""
				SELECT id, away_from, away_to FROM expert_profiles
				WHERE id IN (:ids) AND away_from IS NOT NULL
				""").param("ids", expertIds).query((ResultSet rs) -> {
			TimeAway declared = new TimeAway(rs.getObject("away_from", LocalDate.class),
					rs.getObject("away_to", LocalDate.class));
			away.computeIfAbsent(rs.getObject("id", UUID.class), (id) -> new ArrayList<>())
				.add(new AwayPeriod(declared.startsAt(), declared.endsAt()));
		});
		return away;
	}

}
