package com.cadhire.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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
		List<Finding> findings = findingsOf(ex);
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
	 * The contact-information findings of a refused text, if the screening engine
	 * reported any.
	 */
	public static List<Finding> findingsOf(RuleViolationException ex) {
		return findings(ex.properties().get("findings"));
	}

	/**
	 * Findings from a list of finding records or maps (as stored with a moderation case);
	 * items that are not findings are skipped.
	 * @param raw the list, or {@code null}
	 * @return the findings
	 */
	public static List<Finding> findings(@Nullable Object raw) {
		List<Finding> findings = new ArrayList<>();
		if (raw instanceof Collection<?> items) {
			for (Object item : items) {
				Finding finding = Finding.of(item);
				if (finding != null) {
					findings.add(finding);
				}
			}
		}
		return findings;
	}

	/**
	 * A part of a text that looks like contact information.
	 *
	 * @param kind EMAIL, PHONE, URL, HANDLE, MESSENGER or ADDRESS
	 * @param start first index in the text
	 * @param end index after the last
	 * @param text the part found
	 * @param reason why it counts as contact information
	 */
	public record Finding(String kind, int start, int end, String text, String reason) {

		static @Nullable Finding of(Object item) {
			if (item instanceof Map<?, ?> map) {
				return new Finding(String.valueOf(map.get("kind")), number(map.get("start")), number(map.get("end")),
						String.valueOf(map.get("text")), String.valueOf(map.get("reason")));
			}
			try {
				Class<?> type = item.getClass();
				if (type.isRecord()) {
					Map<String, Object> values = new java.util.HashMap<>();
					for (var component : type.getRecordComponents()) {
						component.getAccessor().setAccessible(true);
						values.put(component.getName(), component.getAccessor().invoke(item));
					}
					return of(values);
				}
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				return null;
			}
			return null;
		}

		private static int number(@Nullable Object value) {
			if (value instanceof Number n) {
				return n.intValue();
			}
			try {
				return (value != null) ? Integer.parseInt(value.toString()) : -1;
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}

	}

	/**
	 * Splits a text into plain and found parts, to show the writer exactly what was
	 * found.
	 * @param text the text the writer sent
	 * @param findings the findings in it
	 * @return the parts in order
	 */
	public static List<Segment> highlight(@Nullable String text, @Nullable List<Finding> findings) {
		List<Segment> segments = new ArrayList<>();
		if (text == null) {
			return segments;
		}
		int at = 0;
		List<Finding> sorted = (findings != null) ? new ArrayList<>(findings) : new ArrayList<>();
		sorted.sort(java.util.Comparator.comparingInt(Finding::start));
		for (Finding finding : sorted) {
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
