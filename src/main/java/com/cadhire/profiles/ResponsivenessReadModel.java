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
		Map<UUID, List<MessageResponsePolicy.Wait>> waits = messageWaits(expertIds, now);
		// Too few invites and replies give no band whatever the time away: skip the
		// query of time away then.
		List<UUID> candidates = expertIds.stream()
			.distinct()
			.filter((id) -> invites.getOrDefault(id, List.of()).size() >= InviteResponsePolicy.MIN_INVITES
					|| waits.getOrDefault(id, List.of())
						.stream()
						.filter((wait) -> wait.repliedAt() != null)
						.count() >= MessageResponsePolicy.MIN_REPLIES)
			.toList();
		if (candidates.isEmpty()) {
			return result;
		}
		Map<UUID, List<AwayPeriod>> away = timeAway(candidates,
				earliest(windowStart, MessageResponsePolicy.windowStart(now)));
		for (UUID id : candidates) {
			List<AwayPeriod> expertAway = away.getOrDefault(id, List.of());
			result.put(id,
					new Responsiveness(
							InviteResponsePolicy.band(invites.getOrDefault(id, List.of()), expertAway, this.clock),
							MessageResponsePolicy.band(waits.getOrDefault(id, List.of()), expertAway, this.clock)));
		}
		return result;
	}

	/**
	 * The waits of clients for each expert in the window: a run of client messages counts
	 * once, from its first message to the expert's next message (found through the
	 * primary key), or unanswered.
	 */
	private Map<UUID, List<MessageResponsePolicy.Wait>> messageWaits(Collection<UUID> expertIds, Instant now) {
		Map<UUID, List<MessageResponsePolicy.Wait>> waits = new HashMap<>();
		this.jdbc.sql("""
				SELECT c.expert_id, MIN(c.sent_at) AS asked_at, MIN(r.sent_at) AS replied_at
				FROM message_reply_log c
				LEFT JOIN message_reply_log r ON r.conversation_id = c.conversation_id AND r.seq = (
				    SELECT MIN(e.seq) FROM message_reply_log e
				    WHERE e.conversation_id = c.conversation_id AND e.from_expert = TRUE AND e.seq > c.seq)
				WHERE c.expert_id IN (:ids) AND c.from_expert = FALSE AND c.sent_at >= :since
				GROUP BY c.expert_id, c.conversation_id, r.seq
				""")
			.param("ids", expertIds)
			.param("since", Times.sql(MessageResponsePolicy.windowStart(now)))
			.query((ResultSet rs) -> {
				waits.computeIfAbsent(rs.getObject("expert_id", UUID.class), (id) -> new ArrayList<>())
					.add(new MessageResponsePolicy.Wait(Objects.requireNonNull(Times.instant(rs, "asked_at")),
							Times.instant(rs, "replied_at")));
			});
		return waits;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
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
