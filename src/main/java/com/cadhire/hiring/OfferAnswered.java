package com.cadhire.hiring;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An offer left the pending state: accepted, changes requested, cancelled, declined or
 * expired.
 *
 * @param offerId the offer
 * @param applicationId its application
 * @param status the state it went to
 * @param clientId the client
 * @param expertId the expert
 * @param at when
 * @param contractId the contract an acceptance started, {@code null} otherwise
 */
public record OfferAnswered(UUID offerId, UUID applicationId, Offer.Status status, UUID clientId, UUID expertId,
		Instant at, @Nullable UUID contractId) {
}
