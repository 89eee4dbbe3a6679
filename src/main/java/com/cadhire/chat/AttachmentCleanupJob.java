package com.cadhire.chat;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes uploads never sent with a message after a day. Runs on every node; each removal
 * is its own conditional delete, so nodes racing for one upload remove it once.
 */
@Component
public class AttachmentCleanupJob {

	private static final int BATCH = 500;

	private final AttachmentManagement attachments;

	AttachmentCleanupJob(AttachmentManagement attachments) {
		this.attachments = attachments;
	}

	/**
	 * @return how many uploads were removed
	 */
	@Scheduled(fixedDelayString = "${cadhire.attachments.cleanup-interval:PT1H}",
			initialDelayString = "${cadhire.attachments.cleanup-initial-delay:PT10M}")
	public int run() {
		int total = 0;
		int removed;
		do {
			removed = this.attachments.removeOrphans(BATCH);
			total += removed;
		}
		while (removed == BATCH);
		return total;
	}

}
