package com.cadhire.common;

/**
 * The thing does not exist, or the caller may not see it. Answered with 404 either way,
 * so that a non-participant never learns that the thing exists.
 */
public class NotFoundException extends RuntimeException {

	private final String what;

	public NotFoundException(String what) {
		super(what + " not found");
		this.what = what;
	}

	public String what() {
		return this.what;
	}

}
