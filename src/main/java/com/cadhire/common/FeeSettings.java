package com.cadhire.common;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's fees, configured under {@code cadhire.fees}.
 *
 * @param serviceFeePercent percent of each amount the platform keeps; the expert receives
 * the rest
 * @param buyoutPercent Direct Hire buyout fee, percent of a year's full-time earnings
 * (hourly) or of the fixed total
 * @param buyoutHoursPerYear full-time hours in a year, for hourly buyouts
 * @param currency the platform currency (profiles' hourly rates are in it)
 */
@ConfigurationProperties("cadhire.fees")
public record FeeSettings(BigDecimal serviceFeePercent, BigDecimal buyoutPercent, int buyoutHoursPerYear,
		String currency) {

	public FeeSettings {
		if (serviceFeePercent == null) {
			serviceFeePercent = new BigDecimal("10");
		}
		if (buyoutPercent == null) {
			buyoutPercent = new BigDecimal("12");
		}
		if (buyoutHoursPerYear <= 0) {
			buyoutHoursPerYear = 2080;
		}
		if (currency == null || currency.isBlank()) {
			currency = "USD";
		}
		if (serviceFeePercent.signum() < 0 || serviceFeePercent.compareTo(new BigDecimal("100")) >= 0) {
			throw new IllegalArgumentException("cadhire.fees.service-fee-percent must be in [0, 100)");
		}
	}

}
