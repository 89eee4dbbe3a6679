package com.cadhire.screening;

/**
 * A detector's finding in normalised coordinates, before mapping back to the original.
 *
 * @param kind the kind
 * @param start normalised start, inclusive
 * @param end normalised end, exclusive
 * @param reason human-readable reason without the disguise suffix
 */
record Candidate(ContactKind kind, int start, int end, String reason) {

	int length() {
		return this.end - this.start;
	}

}
