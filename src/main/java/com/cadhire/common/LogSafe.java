package com.cadhire.common;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Exceptions fit for the log. Exception messages can carry what users wrote or their
 * addresses (a rejected SQL value, an SMTP server quoting a recipient, a file name), and
 * nothing a user wrote or any contact detail goes into the log: the copy keeps each
 * exception's class, stack trace, causes and suppressed exceptions, and drops every
 * message.
 */
public final class LogSafe {

	private LogSafe() {
	}

	/**
	 * @param ex an exception
	 * @return a copy of it and its causes without their messages, for logging
	 */
	public static Throwable withoutMessages(Throwable ex) {
		return copy(ex, new IdentityHashMap<>());
	}

	private static Throwable copy(Throwable ex, Map<Throwable, Redacted> seen) {
		Redacted known = seen.get(ex);
		if (known != null) {
			return known;
		}
		Redacted copy = new Redacted(ex.getClass().getName());
		seen.put(ex, copy);
		copy.setStackTrace(ex.getStackTrace());
		Throwable cause = ex.getCause();
		if (cause != null && cause != ex) {
			copy.initCause(copy(cause, seen));
		}
		for (Throwable suppressed : ex.getSuppressed()) {
			copy.addSuppressed(copy(suppressed, seen));
		}
		return copy;
	}

	/**
	 * Stands for an exception of the named class whose message was left out.
	 */
	static final class Redacted extends RuntimeException {

		private final String className;

		Redacted(String className) {
			super(className + " (message not logged)");
			this.className = className;
		}

		@Override
		public String toString() {
			return this.className + " (message not logged)";
		}

	}

}
