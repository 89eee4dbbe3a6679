package com.cadhire.screening;

/**
 * Where a text was written. The engine applies the same rules to every surface except
 * {@link #ATTACHMENT_NAME}, where underscores separate words and a trailing file
 * extension is never taken as a top-level domain.
 */
public enum Surface {

	/** A chat message between a client and a designer. */
	MESSAGE,

	/** A user's public profile text. */
	PROFILE,

	/** A job description. */
	JOB,

	/** An invitation to apply to a job. */
	INVITE,

	/** A job application / proposal. */
	APPLICATION,

	/** The text sent when declining an application or invitation. */
	DECLINE,

	/** An offer (contract proposal). */
	OFFER,

	/** The file name of an uploaded attachment. */
	ATTACHMENT_NAME,

	/**
	 * Text read from an uploaded file: its content, header fields or document properties.
	 * Screened like a message.
	 */
	ATTACHMENT_CONTENT

}
