package com.cadhire.hiring;

import java.time.Instant;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.ContractId;
import com.cadhire.common.OfferId;
import com.cadhire.common.UserId;

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
public record OfferAnswered(OfferId offerId, ApplicationId applicationId, Offer.Status status, UserId clientId,
		UserId expertId, Instant at, @Nullable ContractId contractId) {
}
