package com.cadhire.chat;

/**
 * What the sender wants done when a message carries contact information.
 */
public enum ContactHandling {

	/** Refuse the message with the findings, so the sender can edit it (the default). */
	REFUSE,

	/** Send it with each finding masked; a moderation case keeps the original. */
	MASK,

	/**
	 * The sender says it is not contact information: it is delivered masked and held for
	 * a moderator, who releases the original or confirms the violation.
	 */
	HOLD

}
