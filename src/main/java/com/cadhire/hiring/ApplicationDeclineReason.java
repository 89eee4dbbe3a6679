package com.cadhire.hiring;

/**
 * Why a client declines an application.
 */
public enum ApplicationDeclineReason {

	/** The expert's skills do not match the job. */
	NOT_A_FIT,

	/** The client hired someone else. */
	HIRED_SOMEONE_ELSE,

	/** The proposed rate is above the budget. */
	RATE_TOO_HIGH,

	/** The proposed timeline does not work. */
	TIMELINE_DOES_NOT_FIT,

	/** The job is no longer needed. */
	NO_LONGER_NEEDED,

	/** The expert did not answer in time. */
	UNRESPONSIVE,

	/** The expert asked to work off the platform. */
	OFF_PLATFORM_REQUEST,

	/** The application is spam. */
	SPAM,

	/** Something else; the message says what. */
	OTHER

}
