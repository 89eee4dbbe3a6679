package com.cadhire.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Limits draft checks per user: a fixed one-minute window per user, counted on each node
 * (the check is cheap and read-only, so a per-node limit is enough to stop abuse of the
 * endpoint as an oracle; it is not a security boundary). Windows of users who stopped
 * checking are dropped.
 */
@Component
public class DraftChecks {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final int perMinute;

	private final Clock clock;

	private final Map<UUID, Window> windows = new ConcurrentHashMap<>();

	DraftChecks(ScreeningSettings settings, Clock clock) {
		this.perMinute = settings.checksPerMinute();
		this.clock = clock;
	}

	/**
	 * Counts one check.
	 * @param userId the caller
	 * @return how long to wait, or {@link Duration#ZERO} if the check may run now
	 */
	public Duration acquire(UUID userId) {
		Instant now = this.clock.instant();
		if (this.windows.size() > 10_000) {
			this.windows.values().removeIf((window) -> window.start.plus(WINDOW).isBefore(now));
		}
		Window window = this.windows.compute(userId,
				(id, current) -> (current == null || !current.start.plus(WINDOW).isAfter(now)) ? new Window(now, 1)
						: new Window(current.start, current.count + 1));
		return (window.count <= this.perMinute) ? Duration.ZERO : Duration.between(now, window.start.plus(WINDOW));
	}

	private record Window(Instant start, int count) {
	}

}
