package com.cadhire.common;

import java.util.List;

/**
 * Content of a kind the service does not accept (a file type, for instance). Answered
 * with 415, listing what is accepted.
 */
public class UnsupportedContentException extends RuntimeException {

	private final String type;

	private final List<String> accepted;

	/**
	 * @param type the problem type slug, e.g. {@code unsupported-file-type}
	 * @param detail what was refused and why
	 * @param accepted what is accepted instead
	 */
	public UnsupportedContentException(String type, String detail, List<String> accepted) {
		super(detail);
		this.type = type;
		this.accepted = List.copyOf(accepted);
	}

	public String type() {
		return this.type;
	}

	public List<String> accepted() {
		return this.accepted;
	}

}
