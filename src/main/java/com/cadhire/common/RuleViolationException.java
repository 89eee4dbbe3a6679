package com.cadhire.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * Valid input that breaks a business rule. Answered with 422 and a problem document
 * naming the offending fields.
 */
public class RuleViolationException extends RuntimeException {

	private final String type;

	private final List<FieldProblem> errors;

	private final Map<String, Object> properties;

	public RuleViolationException(String type, String detail, List<FieldProblem> errors,
			Map<String, Object> properties) {
		super(detail);
		this.type = type;
		this.errors = List.copyOf(errors);
		this.properties = Map.copyOf(properties);
	}

	public RuleViolationException(String type, String detail) {
		this(type, detail, List.of(), Map.of());
	}

	/**
	 * A rule broken by one field.
	 * @param field the field's name as the caller sent it
	 * @param detail what to fix
	 * @return the exception
	 */
	public static RuleViolationException field(String field, String detail) {
		return new RuleViolationException("validation", detail, List.of(new FieldProblem(field, detail)), Map.of());
	}

	public String type() {
		return this.type;
	}

	public List<FieldProblem> errors() {
		return this.errors;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

	/**
	 * One field and what is wrong with it.
	 *
	 * @param field the field name, as a JSON path such as
	 * {@code terms.milestones[0].amount}
	 * @param message what to fix
	 */
	public record FieldProblem(String field, String message, @JsonIgnore @Nullable String code,
			@JsonIgnore List<Object> args) {

		public FieldProblem {
			args = List.copyOf(args);
		}

		public FieldProblem(String field, String message) {
			this(field, message, null, List.of());
		}

		/**
		 * A problem whose words for people live in {@code messages.properties}: pages
		 * show the message of {@code code} with {@code args}; the API answers with
		 * {@code message}.
		 * @param field the field name
		 * @param message what to fix, in the API's words
		 * @param code the message key for pages
		 * @param args the message arguments
		 * @return the problem
		 */
		public static FieldProblem coded(String field, String message, String code, Object... args) {
			return new FieldProblem(field, message, code, List.of(args));
		}

	}

}
