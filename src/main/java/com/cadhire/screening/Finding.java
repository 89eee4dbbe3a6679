package com.cadhire.screening;

import java.util.Objects;

/**
 * One piece of contact information found in a text.
 *
 * @param kind what was found
 * @param start start index (inclusive, UTF-16) into the original text
 * @param end end index (exclusive, UTF-16) into the original text
 * @param text {@code original.substring(start, end)}
 * @param reason human-readable explanation, e.g. "Looks like a phone number (spelled-out
 * digits)"
 */
public record Finding(ContactKind kind, int start, int end, String text, String reason) {

	/**
	 * Validates the span.
	 */
	public Finding {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(reason, "reason");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Invalid span " + start + ".." + end);
		}
	}

}
