package com.cadhire.hiring;

import com.cadhire.common.RateType;
import java.util.List;
import java.math.BigDecimal;
import java.util.UUID;

import com.cadhire.support.DomainEvents;

import static com.cadhire.hiring.AnApplication.NOW;

/**
 * Object mother: offers in every state, reached through their real transitions.
 */
final class AnOffer {

	static final Terms TERMS = new Terms(RateType.HOURLY, new BigDecimal("45.00"), "USD", 20, List.of(), null, null,
			null, "", "");

	private AnOffer() {
	}

	/** Offer version 1 on terms version 1, sent at {@link AnApplication#NOW}. */
	static Offer pending() {
		return DomainEvents.cleared(Offer.send(AnApplication.offered(), 1, TERMS, "Offer at 45.", NOW));
	}

	static Offer in(Offer.Status status) {
		Offer offer = pending();
		return DomainEvents.cleared(switch (status) {
			case PENDING -> offer;
			case ACCEPTED -> offer.accept(1, UUID.randomUUID(), NOW.plusSeconds(60));
			case CHANGES_REQUESTED -> offer.requestChanges("Meet me at 50?", NOW.plusSeconds(60));
			case CANCELLED -> offer.cancel(NOW.plusSeconds(60));
			case EXPIRED -> offer.expire(NOW.plus(Offer.LIFETIME));
			case DECLINED -> offer.decline(NOW.plusSeconds(60));
		});
	}

}
