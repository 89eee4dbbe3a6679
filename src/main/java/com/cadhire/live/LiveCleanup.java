package com.cadhire.live;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes logged events older than the retention ({@code cadhire.live.retention}, 7
 * days). Runs on every node; a delete that finds nothing costs one indexed query. A
 * client that resumes from a deleted id gets {@code resync}. Tests call {@link #run()}
 * after moving the clock.
 */
@Component
public class LiveCleanup {

	private static final Logger log = LoggerFactory.getLogger(LiveCleanup.class);

	private final EventLog eventLog;

	private final LiveSettings settings;

	private final Clock clock;

	LiveCleanup(EventLog eventLog, LiveSettings settings, Clock clock) {
		this.eventLog = eventLog;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Deletes what is past the retention now.
	 * @return how many events were deleted
	 */
	@Scheduled(fixedDelayString = "${cadhire.live.cleanup-interval:PT1H}", initialDelayString = "PT1M")
	public int run() {
		int deleted = this.eventLog.deleteOlderThan(this.clock.instant().minus(this.settings.retention()));
		if (deleted > 0) {
			log.debug("Deleted {} live events past the retention", deleted);
		}
		return deleted;
	}

}
