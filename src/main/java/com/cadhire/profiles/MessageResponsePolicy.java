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
 * Decides how fast an expert replies to clients' messages, from the last
 * {@value #WINDOW_DAYS} days.
 * <ul>
 * <li>What counts is the time from a client's message to the expert's first message after
 * it in that conversation. Several client messages before one reply count once, from the
 * first of them; messages the expert starts with count not at all.</li>
 * <li>Time the expert declared away never counts: its overlap with a wait is
 * subtracted.</li>
 * <li>A client message still unanswered after {@link #LONG} (time away not counted)
 * counts as "more than a day"; before that its answer is not known yet.</li>
 * <li>With fewer than {@value #MIN_REPLIES} replies there is no band. Otherwise the
 * median picks the band: under an hour, under {@link #FEW_HOURS}, under a day, or more
 * (for an even count, the mean of the two middle times).</li>
 * </ul>
 */
final class MessageResponsePolicy {

	/** How far back client messages count. */
	static final int WINDOW_DAYS = 90;

	/** The fewest replies that give a band. */
	static final int MIN_REPLIES = 5;

	static final Duration HOUR = Duration.ofHours(1);

	/** The upper bound of "within a few hours". */
	static final Duration FEW_HOURS = Duration.ofHours(4);

	static final Duration LONG = Duration.ofDays(1);

	private static final long NEVER = Long.MAX_VALUE / 4;

	private MessageResponsePolicy() {
	}

	static Instant windowStart(Instant now) {
		return now.minus(Duration.ofDays(WINDOW_DAYS));
	}

	/**
	 * @param waits the expert's waits: a client's first message and the reply, if any
	 * @param away the expert's time away
	 * @param clock tells the current instant
	 * @return the band, or {@code null} while there are too few replies
	 */
	static @Nullable MessageResponseBand band(Collection<Wait> waits, Collection<AwayPeriod> away, Clock clock) {
		Instant now = clock.instant();
		Instant windowStart = windowStart(now);
		List<AwayPeriod> merged = InviteResponsePolicy.merge(away);
		List<Long> times = new ArrayList<>();
		int replies = 0;
		for (Wait wait : waits) {
			if (wait.askedAt().isBefore(windowStart) || wait.askedAt().isAfter(now)) {
				continue;
			}
			if (wait.repliedAt() != null) {
				replies++;
				times.add(InviteResponsePolicy.waited(wait.askedAt(), wait.repliedAt(), merged).toSeconds());
			}
			else if (InviteResponsePolicy.waited(wait.askedAt(), now, merged).compareTo(LONG) > 0) {
				times.add(NEVER);
			}
		}
		if (replies < MIN_REPLIES) {
			return null;
		}
		times.sort(Comparator.naturalOrder());
		int n = times.size();
		long median = (n % 2 == 1) ? times.get(n / 2) : (times.get(n / 2 - 1) + times.get(n / 2)) / 2;
		if (median < HOUR.toSeconds()) {
			return MessageResponseBand.WITHIN_AN_HOUR;
		}
		if (median < FEW_HOURS.toSeconds()) {
			return MessageResponseBand.WITHIN_A_FEW_HOURS;
		}
		if (median < LONG.toSeconds()) {
			return MessageResponseBand.WITHIN_A_DAY;
		}
		return MessageResponseBand.MORE_THAN_A_DAY;
	}

	/**
	 * A client waiting for the expert.
	 *
	 * @param askedAt the client's first message of the wait
	 * @param repliedAt the expert's first reply after it, if any
	 */
	record Wait(Instant askedAt, @Nullable Instant repliedAt) {
	}

}
