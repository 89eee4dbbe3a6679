package com.cadhire.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The request id: taken from the caller's {@value #HEADER} header when it is a plain
 * token, made otherwise, kept in the logging context under {@value #MDC_KEY} for the
 * request's log lines, returned in the response header and put into every problem
 * document.
 */
public final class RequestIds {

	/** The header a load balancer or client may send, and the response carries back. */
	public static final String HEADER = "X-Request-Id";

	/** The key in the logging context (a JSON log line's field of that name). */
	public static final String MDC_KEY = "requestId";

	/** The property of a problem document. */
	public static final String PROPERTY = "requestId";

	/**
	 * Letters, digits and {@code . _ : -}, at most 64: nothing that could forge a log
	 * line.
	 */
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private RequestIds() {
	}

	/**
	 * @return the id of the request this thread is serving, or {@code null} outside one
	 */
	public static @Nullable String current() {
		return MDC.get(MDC_KEY);
	}

	static String acceptOrMake(@Nullable String offered) {
		if (offered != null && ACCEPTED.matcher(offered).matches()) {
			return offered;
		}
		return UUID.randomUUID().toString();
	}

}
