package com.cadhire.common;

import java.math.BigDecimal;

/**
 * How work is paid, the same for a job's budget, the terms negotiated in hiring and the
 * contract they start.
 */
public enum RateType {

	/** Paid by the hour, with a weekly limit. */
	HOURLY("8.00"),

	/** A fixed total, paid by milestones. */
	FIXED("25.00");

	/**
	 * The largest amount anywhere: a job's budget, an hourly rate, a fixed total.
	 */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");

	private final BigDecimal minimum;

	RateType(String minimum) {
		this.minimum = new BigDecimal(minimum);
	}

	/**
	 * @return the smallest amount: the lowest hourly rate (also of a profile), or the
	 * lowest fixed total (also of a milestone)
	 */
	public BigDecimal minimum() {
		return this.minimum;
	}

	/**
	 * @return whether this is paid by the hour
	 */
	public boolean hourly() {
		return this == HOURLY;
	}

}
