package com.cadhire.common;

import org.jspecify.annotations.Nullable;

/**
 * The request conflicts with the current state or version of a thing. Answered with 409;
 * the body carries the current state or version so the caller can reconcile.
 */
public class ConflictException extends RuntimeException {

	private final String type;

	private final @Nullable Object current;

	public ConflictException(String type, String detail, @Nullable Object current) {
		super(detail);
		this.type = type;
		this.current = current;
	}

	public ConflictException(String detail) {
		this("conflict", detail, null);
	}

	/**
	 * @return the problem type slug, e.g. {@code stale-version}
	 */
	public String type() {
		return this.type;
	}

	/**
	 * @return the current state or version of the thing, shown to the caller
	 */
	public @Nullable Object current() {
		return this.current;
	}

}
