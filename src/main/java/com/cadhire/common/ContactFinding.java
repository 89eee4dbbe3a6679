package com.cadhire.common;

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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactFinding(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String field, String kind, int start,
		int end, String text, String reason) {

}
