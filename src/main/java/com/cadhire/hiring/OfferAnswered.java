package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * An offer left the pending state: accepted, changes requested, cancelled, declined or
 * expired.
 */
public record OfferAnswered(UUID offerId, UUID applicationId, Offer.Status status, UUID clientId, UUID expertId,
		Instant at) {
}
