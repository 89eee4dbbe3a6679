package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

/**
 * The client sent an offer, or a new version of it.
 */
public record OfferSent(UUID offerId, UUID applicationId, int offerVersion, UUID clientId, UUID expertId,
		Instant sentAt, Instant expiresAt) {
}
