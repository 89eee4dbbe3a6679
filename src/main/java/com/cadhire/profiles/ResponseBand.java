package com.cadhire.profiles;

/**
 * How fast an expert typically answers, as a profile shows it.
 */
public enum ResponseBand {

	/** The median answer came within a day. */
	UNDER_24_HOURS("Under 24 hours"),

	/** The median answer came within three days. */
	UNDER_3_DAYS("Under 3 days"),

	/** The median answer took three days or more, or never came. */
	MORE_THAN_3_DAYS("More than 3 days");

	private final String label;

	ResponseBand(String label) {
		this.label = label;
	}

	/**
	 * @return the text people read
	 */
	public String label() {
		return this.label;
	}

}
