package com.cadhire.common;

/**
 * How work is paid, the same for a job's budget, the terms negotiated in hiring and the
 * contract they start.
 */
public enum RateType {

	/** Paid by the hour, with a weekly limit. */
	HOURLY,

	/** A fixed total, paid by milestones. */
	FIXED;

	/**
	 * @return whether this is paid by the hour
	 */
	public boolean hourly() {
		return this == HOURLY;
	}

}
