package com.cadhire.common;

/**
 * A resource the service depends on (storage, for instance) failed; nothing was kept and
 * the caller may try again later. Answered with 503.
 */
public class UnavailableException extends RuntimeException {

	private final String type;

	/**
	 * @param type the problem type slug, e.g. {@code storage-unavailable}
	 * @param detail what failed, in the caller's words
	 * @param cause the failure (logged without its message, never shown)
	 */
	public UnavailableException(String type, String detail, Throwable cause) {
		super(detail, cause);
		this.type = type;
	}

	public String type() {
		return this.type;
	}

}
