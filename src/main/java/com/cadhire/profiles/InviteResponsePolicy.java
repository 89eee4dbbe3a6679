package com.cadhire.profiles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Decides how fast an expert answers invites, from the invites of the last
 * {@value #WINDOW_DAYS} days.
 * <ul>
 * <li>Invites the client withdrew within {@link #GRACE} of sending do not count.</li>
 * <li>An answered invite counts with the time from sending to answer.</li>
 * <li>An unanswered invite (still pending, or withdrawn later) counts as "more than three
 * days" once it has waited longer than {@link #SLOW}; before that its answer is not known
 * yet and it does not count.</li>
 * <li>Time the expert declared away never counts: the overlap of an invite's waiting time
 * with time away is subtracted.</li>
 * <li>With fewer than {@value #MIN_INVITES} counted invites there is no band. Otherwise
 * the median waiting time picks the band (for an even count, the mean of the two middle
 * times).</li>
 * </ul>
 */
final class InviteResponsePolicy {

	/** How far back invites count. */
	static final int WINDOW_DAYS = 90;

	/** The fewest counted invites that give a band. */
	static final int MIN_INVITES = 5;

	/** Invites withdrawn sooner than this after sending do not count. */
	static final Duration GRACE = Duration.ofHours(24);

	/** The upper bound of the fastest band. */
	static final Duration FAST = Duration.ofHours(24);

	/** The upper bound of the middle band; unanswered invites older than this count. */
	static final Duration SLOW = Duration.ofDays(3);

	/** Stands for "not answered and waiting longer than {@link #SLOW}" in the median. */
	private static final long NEVER = Long.MAX_VALUE / 4;

	private InviteResponsePolicy() {
	}

	/**
	 * @param now the current instant
	 * @return the earliest sending time that still counts
	 */
	static Instant windowStart(Instant now) {
		return now.minus(Duration.ofDays(WINDOW_DAYS));
	}

	/**
	 * @param invites the expert's invites (others outside the window are ignored)
	 * @param away the expert's time away, past and current, possibly overlapping
	 * @param clock tells the current instant
	 * @return the band, or {@code null} while too few invites count
	 */
	static @Nullable ResponseBand band(Collection<InviteRecord> invites, Collection<AwayPeriod> away, Clock clock) {
		Instant now = clock.instant();
		List<AwayPeriod> merged = merge(away);
		Instant windowStart = windowStart(now);
		List<Long> waits = new ArrayList<>();
		for (InviteRecord invite : invites) {
			if (invite.sentAt().isBefore(windowStart) || invite.sentAt().isAfter(now)) {
				continue;
			}
			Instant answeredAt = invite.answeredAt();
			Instant withdrawnAt = invite.withdrawnAt();
			if (answeredAt == null && withdrawnAt != null
					&& Duration.between(invite.sentAt(), withdrawnAt).compareTo(GRACE) < 0) {
				continue;
			}
			if (answeredAt != null) {
				waits.add(waited(invite.sentAt(), answeredAt, merged).toSeconds());
				continue;
			}
			Instant waitedUntil = (withdrawnAt != null) ? withdrawnAt : now;
			if (waited(invite.sentAt(), waitedUntil, merged).compareTo(SLOW) > 0) {
				waits.add(NEVER);
			}
		}
		if (waits.size() < MIN_INVITES) {
			return null;
		}
		waits.sort(Comparator.naturalOrder());
		int n = waits.size();
		long median = (n % 2 == 1) ? waits.get(n / 2) : (waits.get(n / 2 - 1) + waits.get(n / 2)) / 2;
		if (median < FAST.toSeconds()) {
			return ResponseBand.UNDER_24_HOURS;
		}
		if (median < SLOW.toSeconds()) {
			return ResponseBand.UNDER_3_DAYS;
		}
		return ResponseBand.MORE_THAN_3_DAYS;
	}

	/**
	 * @return the time between the two instants that the expert was not away
	 */
	static Duration waited(Instant from, Instant until, List<AwayPeriod> merged) {
		if (!until.isAfter(from)) {
			return Duration.ZERO;
		}
		Duration waited = Duration.between(from, until);
		for (AwayPeriod period : merged) {
			Instant start = period.startsAt().isAfter(from) ? period.startsAt() : from;
			Instant end = period.endsAt().isBefore(until) ? period.endsAt() : until;
			if (end.isAfter(start)) {
				waited = waited.minus(Duration.between(start, end));
			}
		}
		return waited;
	}

	/**
	 * Joins overlapping periods so no stretch of time is subtracted twice.
	 */
	static List<AwayPeriod> merge(Collection<AwayPeriod> away) {
		List<AwayPeriod> sorted = new ArrayList<>(away);
		sorted.sort(Comparator.comparing(AwayPeriod::startsAt));
		List<AwayPeriod> merged = new ArrayList<>();
		for (AwayPeriod period : sorted) {
			if (!period.endsAt().isAfter(period.startsAt())) {
				continue;
			}
			int last = merged.size() - 1;
			if (last >= 0 && !period.startsAt().isAfter(merged.get(last).endsAt())) {
				AwayPeriod previous = merged.get(last);
				Instant end = period.endsAt().isAfter(previous.endsAt()) ? period.endsAt() : previous.endsAt();
				merged.set(last, new AwayPeriod(previous.startsAt(), end));
			}
			else {
				merged.add(period);
			}
		}
		return merged;
	}

	/**
	 * One invite as responsiveness sees it.
	 *
	 * @param sentAt when the expert received it
	 * @param answeredAt when the expert accepted or declined it, if they did
	 * @param withdrawnAt when the client withdrew it, if they did
	 */
	record InviteRecord(Instant sentAt, @Nullable Instant answeredAt, @Nullable Instant withdrawnAt) {
	}

}
