package com.cadhire.profiles;

/**
 * How fast an expert typically replies to a client's message, as a profile shows it.
 */
public enum MessageResponseBand {

	/** The median first reply came within an hour. */
	WITHIN_AN_HOUR("Within an hour"),

	/** The median first reply came within four hours. */
	WITHIN_A_FEW_HOURS("Within a few hours"),

	/** The median first reply came within a day. */
	WITHIN_A_DAY("Within a day"),

	/** The median first reply took a day or more, or never came. */
	MORE_THAN_A_DAY("More than a day");

	private final String label;

	MessageResponseBand(String label) {
		this.label = label;
	}

	/**
	 * @return the text people read
	 */
	public String label() {
		return this.label;
	}

}
