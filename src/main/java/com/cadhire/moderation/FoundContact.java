package com.cadhire.moderation;

import com.cadhire.screening.Finding;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A finding as the API shows it: which field, which kind, where in the text (UTF-16
 * indices of the text as sent) and why. For a finding in the content of a file,
 * {@code fileName} and {@code location} say which file and where in it ("line 3", "page
 * 2, line 14", "FILE_NAME author", "docProps/core.xml creator"); the indices are then
 * into the text read at that location. Both are absent for text fields.
 *
 * @param field the request field the text came from
 * @param kind EMAIL, PHONE, URL, HANDLE, MESSENGER or ADDRESS
 * @param start first index of the finding
 * @param end index after the finding
 * @param text the part of the text that was found
 * @param reason why it counts as contact information
 * @param fileName the file, for findings in a file's content
 * @param location where in the file, for findings in a file's content
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FoundContact(String field, String kind, int start, int end, String text, String reason,
		@Nullable String fileName, @Nullable String location) {

	static FoundContact of(String field, Finding finding) {
		return new FoundContact(field, finding.kind().name(), finding.start(), finding.end(), finding.text(),
				finding.reason(), null, null);
	}

	static FoundContact inFile(String field, String fileName, String location, Finding finding) {
		return new FoundContact(field, finding.kind().name(), finding.start(), finding.end(), finding.text(),
				finding.reason(), fileName, location);
	}

}
