package com.cadhire.contracts;

import com.cadhire.common.RateType;
import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an accepted offer hands over to start a contract.
 *
 * @param offerId the accepted offer
 * @param applicationId its application
 * @param jobId its job
 * @param clientId the client
 * @param expertId the expert
 * @param title the job title
 * @param rateType hourly or fixed
 * @param amount the hourly rate or the fixed total
 * @param currency ISO 4217 code
 * @param weeklyHourLimit weekly hour limit (hourly)
 * @param terms the accepted terms
 * @param termsVersion the accepted terms version
 * @param offerVersion the accepted offer version
 */
public record NewContract(UUID offerId, UUID applicationId, UUID jobId, UUID clientId, UUID expertId, String title,
		RateType rateType, BigDecimal amount, String currency, @Nullable Integer weeklyHourLimit, AgreedTerms terms,
		int termsVersion, int offerVersion) {
}
