package com.cadhire.hiring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.cadhire.common.FeeSettings;
import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * What the client pays and what the expert receives for an amount of terms, after the
 * platform's service fee. Exact decimals, the fee rounded half-even to the cent.
 *
 * @param clientPays what the client pays
 * @param serviceFee what the platform keeps
 * @param expertReceives what the expert receives
 */
public record Quote(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal clientPays,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal serviceFee,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expertReceives) {

	public static Quote of(BigDecimal amount, FeeSettings fees) {
		BigDecimal fee = amount.multiply(fees.serviceFeePercent())
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
		return new Quote(amount.setScale(2, RoundingMode.UNNECESSARY), fee, amount.subtract(fee).setScale(2));
	}

}
