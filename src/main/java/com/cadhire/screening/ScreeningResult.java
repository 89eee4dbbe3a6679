package com.cadhire.screening;

import java.util.List;

/**
 * The outcome of screening one text.
 *
 * @param findings the findings, ordered by start offset, non-overlapping
 */
public record ScreeningResult(List<Finding> findings) {

	/**
	 * Copies the findings into an immutable list.
	 */
	public ScreeningResult {
		findings = List.copyOf(findings);
	}

	/**
	 * Whether the text contains contact information.
	 * @return {@code true} if there is at least one finding
	 */
	public boolean contact() {
		return !this.findings.isEmpty();
	}

}
