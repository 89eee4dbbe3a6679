package com.cadhire.hiring;

import java.util.UUID;

import com.cadhire.common.InviteId;
import com.cadhire.common.OfferId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires offers after 7 days and invites after 30. Runs on every node; each item is
 * expired in its own transaction under optimistic locking, so two nodes racing for one
 * item change it once and the loser moves on. Tests call {@link #run()} after moving the
 * clock.
 */
@Component
public class ExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

	private static final int BATCH = 200;

	private final OfferManagement offers;

	private final InviteManagement invites;

	ExpiryJob(OfferManagement offers, InviteManagement invites) {
		this.offers = offers;
		this.invites = invites;
	}

	/**
	 * Expires what is due now.
	 * @return how many items were looked at
	 */
	@Scheduled(fixedDelayString = "${cadhire.hiring.expiry-interval:PT1M}",
			initialDelayString = "${cadhire.hiring.expiry-initial-delay:PT30S}")
	public int run() {
		int seen = 0;
		for (OfferId id : this.offers.due(BATCH)) {
			seen++;
			try {
				this.offers.expireIfDue(id);
			}
			catch (OptimisticLockingFailureException ex) {
				log.debug("Offer {} changed meanwhile; another node or its parties handled it", id);
			}
		}
		for (InviteId id : this.invites.due(BATCH)) {
			seen++;
			try {
				this.invites.expireIfDue(id);
			}
			catch (OptimisticLockingFailureException ex) {
				log.debug("Invite {} changed meanwhile; another node or its parties handled it", id);
			}
		}
		return seen;
	}

}
