package com.cadhire.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A part of a text that looks like contact information, as moderation reports it to the
 * writer (in a refusal) and to moderators (in a case): which field, which kind, where in
 * the text (UTF-16 indices of the text as sent) and why.
 *
 * @param field the request field the text came from, or {@code null} where the text has
 * one field only (a moderation case)
 * @param kind EMAIL, PHONE, URL, HANDLE, MESSENGER or ADDRESS
 * @param start first index of the finding
 * @param end index after the finding
 * @param text the part of the text that was found
 * @param reason why it counts as contact information
 * @param fileName for a finding in the content of a file, which file; absent for text
 * fields
 * @param location for a finding in the content of a file, where in it ("line 3", "page 2,
 * line 14", "FILE_NAME author", "docProps/core.xml creator"); the indices are then into
 * the text read at that location
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactFinding(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String field, String kind, int start,
		int end, String text, String reason, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String fileName,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String location) {

	@JsonCreator
	public ContactFinding {
	}

	/**
	 * A finding in a text field.
	 * @param field the request field the text came from, or {@code null}
	 * @param kind the kind
	 * @param start first index
	 * @param end index after the finding
	 * @param text the part of the text that was found
	 * @param reason why it counts as contact information
	 */
	public ContactFinding(@Nullable String field, String kind, int start, int end, String text, String reason) {
		this(field, kind, start, end, text, reason, null, null);
	}

}
