package com.cadhire.common;

/**
 * Input larger than a documented limit (an upload, for instance). Answered with 413.
 */
public class TooLargeException extends RuntimeException {

	private final long limit;

	/**
	 * @param what what is too large, e.g. "file"
	 * @param limit the limit in bytes
	 */
	public TooLargeException(String what, long limit) {
		super("The " + what + " is larger than the limit of " + limit + " bytes.");
		this.limit = limit;
	}

	public long limit() {
		return this.limit;
	}

}
