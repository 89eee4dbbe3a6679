package com.cadhire.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.cadhire.common.ContactFinding;
import com.cadhire.common.ContactRefusedException;
import com.cadhire.common.ConflictException;
import com.cadhire.common.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Puts what a service refused next to the form fields that caused it, so that a page can
 * re-render the form with what the user typed and say what to fix.
 */
public final class Forms {

	/** Model attribute holding the contact-information findings of a refused text. */
	public static final String FINDINGS = "findings";

	private Forms() {
	}

	/**
	 * Records a broken rule on the form's binding result.
	 * @param ex what the service refused
	 * @param result the binding result of the form
	 * @param model the model, which receives the contact-information findings
	 * @param renames pairs of field path prefixes to rewrite, e.g.
	 * {@code "proposedTerms."}, {@code "terms."}
	 */
	public static void reject(RuleViolationException ex, BindingResult result, Model model, String... renames) {
		if (ex.errors().isEmpty()) {
			result.reject(ex.type(), ex.getMessage());
		}
		for (RuleViolationException.FieldProblem problem : ex.errors()) {
			String field = rename(problem.field(), renames);
			String code = (problem.code() != null) ? problem.code() : ex.type();
			Object[] args = problem.args().toArray();
			try {
				result.getFieldType(field);
				if (result.hasFieldErrors(field)) {
					// the binding's own error (e.g. not a number) says it already
					continue;
				}
				result.rejectValue(field, code, args, problem.message());
			}
			catch (NotReadablePropertyException | IllegalArgumentException ex2) {
				result.reject(code, args, problem.message());
			}
		}
		List<ContactFinding> findings = findingsOf(ex);
		if (!findings.isEmpty()) {
			model.addAttribute(FINDINGS, findings);
		}
	}

	/**
	 * Records a conflict (a state or version that changed meanwhile) as a form-wide
	 * error.
	 */
	public static void reject(ConflictException ex, BindingResult result) {
		result.reject(ex.type(), ex.getMessage());
	}

	private static String rename(String field, String... renames) {
		for (int i = 0; i + 1 < renames.length; i += 2) {
			if (field.startsWith(renames[i])) {
				return renames[i + 1] + field.substring(renames[i].length());
			}
		}
		return field;
	}

	/**
	 * The contact-information findings of a refused text, if moderation refused it for
	 * contact information.
	 * @param ex the refusal
	 * @return the findings, empty for any other refusal
	 */
	public static List<ContactFinding> findingsOf(RuleViolationException ex) {
		return (ex instanceof ContactRefusedException refused) ? refused.findings() : List.of();
	}

	/**
	 * Splits a text into plain and found parts, to show the writer exactly what was
	 * found.
	 * @param text the text the writer sent
	 * @param findings the findings in it
	 * @return the parts in order
	 */
	public static List<Segment> highlight(@Nullable String text, @Nullable List<ContactFinding> findings) {
		List<Segment> segments = new ArrayList<>();
		if (text == null) {
			return segments;
		}
		int at = 0;
		List<ContactFinding> sorted = (findings != null) ? new ArrayList<>(findings) : new ArrayList<>();
		sorted.sort(java.util.Comparator.comparingInt(ContactFinding::start));
		for (ContactFinding finding : sorted) {
			if (finding.start() < at || finding.end() > text.length() || finding.start() >= finding.end()) {
				continue;
			}
			if (finding.start() > at) {
				segments.add(new Segment(text.substring(at, finding.start()), null));
			}
			segments.add(new Segment(text.substring(finding.start(), finding.end()), finding.reason()));
			at = finding.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null));
		}
		return segments;
	}

	/**
	 * A part of a text; {@code reason} is set for a part that was found.
	 *
	 * @param text the part
	 * @param reason why it was found, or {@code null}
	 */
	public record Segment(String text, @Nullable String reason) {

		public boolean found() {
			return this.reason != null;
		}

	}

}
