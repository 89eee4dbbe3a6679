package com.cadhire.web;

import java.io.IOException;

/**
 * A request body over the documented limit. Answered with 413.
 */
class PayloadTooLargeException extends IOException {

	PayloadTooLargeException(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes.");
	}

}
