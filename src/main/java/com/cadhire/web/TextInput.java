package com.cadhire.web;

import org.jspecify.annotations.Nullable;

/**
 * The one rule every text input follows: no NUL character and no unpaired UTF-16
 * surrogate (neither can be stored in PostgreSQL text or encoded as UTF-8). Checked in
 * one place for each way text comes in: JSON bodies ({@link SafeTextModule}), query and
 * form parameters ({@link ApiProblemFilter}) and multipart parts and file names
 * ({@link SafeMultipartResolver}).
 */
public final class TextInput {

	/** What a refused value is told. */
	public static final String MESSAGE = "must not contain NUL characters or unpaired UTF-16 surrogates";

	private TextInput() {
	}

	/**
	 * @param text a value, or {@code null}
	 * @return whether it may be accepted
	 */
	public static boolean isAcceptable(@Nullable String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
