package com.cadhire.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the human-readable reason of a finding, naming the disguises that were seen
 * through.
 */
final class Reasons {

	private Reasons() {
	}

	/**
	 * Appends the disguise description to a base reason.
	 * @param base e.g. "Looks like a phone number"
	 * @param flags the {@link NormalizedText} flags within the finding
	 * @return e.g. "Looks like a phone number (spelled-out digits)"
	 */
	static String withDisguises(String base, int flags) {
		List<String> parts = new ArrayList<>();
		if ((flags & NormalizedText.SPELLED) != 0) {
			parts.add("spelled-out digits");
		}
		if ((flags & NormalizedText.AT_DOT) != 0) {
			parts.add("'at'/'dot' written out");
		}
		if ((flags & NormalizedText.DEFANGED) != 0) {
			parts.add("defanged link");
		}
		if ((flags & NormalizedText.CONFUSABLE) != 0) {
			parts.add("look-alike letters");
		}
		if ((flags & NormalizedText.FOREIGN_DIGIT) != 0) {
			parts.add("digits of another script");
		}
		if ((flags & NormalizedText.SYMBOL_DIGIT) != 0) {
			parts.add("symbol or emoji digits");
		}
		if ((flags & NormalizedText.INVISIBLE) != 0) {
			parts.add("hidden characters");
		}
		if ((flags & NormalizedText.COMPAT) != 0) {
			parts.add("styled characters");
		}
		if ((flags & NormalizedText.SPACED) != 0) {
			parts.add("spaced-out letters");
		}
		if (parts.isEmpty()) {
			return base;
		}
		return base + " (" + String.join(", ", parts) + ")";
	}

}
