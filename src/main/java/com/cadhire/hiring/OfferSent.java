package com.cadhire.hiring;

import java.time.Instant;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.OfferId;
import com.cadhire.common.UserId;

/**
 * The client sent an offer, or a new version of it.
 *
 * @param offerId the offer
 * @param applicationId its application
 * @param offerVersion 1 for a new offer, more for a changed one
 * @param termsVersion the terms version it offers
 * @param clientId the client, who sent it
 * @param expertId the expert
 * @param sentAt when
 * @param expiresAt when it expires unanswered
 */
public record OfferSent(OfferId offerId, ApplicationId applicationId, int offerVersion, int termsVersion,
		UserId clientId, UserId expertId, Instant sentAt, Instant expiresAt) {
}
