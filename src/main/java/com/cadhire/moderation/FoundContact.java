package com.cadhire.moderation;

import com.cadhire.screening.Finding;

/**
 * A finding as the API shows it: which field, which kind, where in the text (UTF-16
 * indices of the text as sent) and why.
 *
 * @param field the request field the text came from
 * @param kind EMAIL, PHONE, URL, HANDLE, MESSENGER or ADDRESS
 * @param start first index of the finding
 * @param end index after the finding
 * @param text the part of the text that was found
 * @param reason why it counts as contact information
 */
public record FoundContact(String field, String kind, int start, int end, String text, String reason) {

	static FoundContact of(String field, Finding finding) {
		return new FoundContact(field, finding.kind().name(), finding.start(), finding.end(), finding.text(),
				finding.reason());
	}

}
