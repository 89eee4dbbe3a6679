package com.cadhire.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.cadhire.common.FeeSettings;

/**
 * The Direct Hire buyout fee: a percentage (12% by default) of a year's full-time
 * earnings at the hourly rate (2,080 hours by default), or of a fixed contract's total.
 * Rounded half-even to the cent.
 */
final class BuyoutFeePolicy {

	private final FeeSettings fees;

	BuyoutFeePolicy(FeeSettings fees) {
		this.fees = fees;
	}

	BigDecimal feeFor(Contract contract) {
		BigDecimal base = contract.rateType().hourly()
				? contract.amount().multiply(BigDecimal.valueOf(this.fees.buyoutHoursPerYear())) : contract.amount();
		return base.multiply(this.fees.buyoutPercent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
	}

}
