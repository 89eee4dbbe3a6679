package com.cadhire.common;

/**
 * The caller can see the thing but may not do this to it. Answered with 403.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String detail) {
		super(detail);
	}

}
