package com.cadhire.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes sign-in counts whose last failure is older than
 * {@code cadhire.sign-in.forget-after} (1 hour) and that block nothing any more, every
 * {@code cadhire.sign-in.cleanup-interval} (10 minutes). Runs on every node; a delete
 * that finds nothing costs one indexed query. Tests call {@link #run()} after moving the
 * clock.
 */
@Component
public class LoginThrottleCleanup {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottleCleanup.class);

	private final LoginThrottle throttle;

	LoginThrottleCleanup(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	/**
	 * Deletes what is forgotten now.
	 * @return how many rows were deleted
	 */
	@Scheduled(fixedDelayString = "${cadhire.sign-in.cleanup-interval:PT10M}", initialDelayString = "PT1M")
	@Transactional
	public int run() {
		int deleted = this.throttle.deleteForgotten();
		if (deleted > 0) {
			log.debug("Deleted {} forgotten sign-in counts", deleted);
		}
		return deleted;
	}

}
