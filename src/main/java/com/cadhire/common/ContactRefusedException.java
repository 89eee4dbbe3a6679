package com.cadhire.common;

import java.util.List;
import java.util.Map;

/**
 * A text was refused because it contains contact information: a rule violation of type
 * {@code contact-information} that carries the findings, so that pages can show the
 * writer exactly what was found and the API can list them.
 */
public class ContactRefusedException extends RuleViolationException {

	/** The problem type. */
	public static final String TYPE = "contact-information";

	private final List<ContactFinding> findings;

	public ContactRefusedException(String detail, List<FieldProblem> errors, List<ContactFinding> findings) {
		super(TYPE, detail, errors, Map.of("findings", List.copyOf(findings)));
		this.findings = List.copyOf(findings);
	}

	/**
	 * @return what was found, in order
	 */
	public List<ContactFinding> findings() {
		return this.findings;
	}

}
