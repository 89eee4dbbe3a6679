package com.cadhire.web;

import java.io.IOException;

/**
 * A request body that did not arrive within the time allowed; answered 408 with the
 * connection closed.
 */
class SlowBodyException extends IOException {

	private static final long serialVersionUID = 1L;

	SlowBodyException() {
		super("The request body did not arrive in time.");
	}

}
