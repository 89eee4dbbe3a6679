package com.cadhire.hiring.web;

import com.cadhire.common.RuleViolationException;
import com.cadhire.hiring.ApplicationManagement;
import com.cadhire.hiring.Terms;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Adds the terms' own rules to a request that already fails bean validation, so that
 * every problem of a hiring request comes in one answer (see
 * {@code HiringApiController.alsoCheckTerms}).
 */
final class TermsCheck implements Validator {

	private final ApplicationManagement applications;

	TermsCheck(ApplicationManagement applications) {
		this.applications = applications;
	}

	@Override
	public boolean supports(Class<?> type) {
		return CarriesTerms.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		Terms terms = ((CarriesTerms) target).termsToCheck();
		if (!errors.hasErrors() || terms == null || !(errors instanceof BindingResult result)) {
			return;
		}
		for (RuleViolationException.FieldProblem problem : this.applications.termsProblems(terms,
				((CarriesTerms) target).termsField())) {
			String[] codes = (problem.code() != null) ? new String[] { problem.code() } : null;
			result.addError(new FieldError(result.getObjectName(), problem.field(), null, false, codes,
					problem.args().toArray(), problem.message()));
		}
	}

	/**
	 * A request with terms the domain checks.
	 */
	interface CarriesTerms {

		@Nullable Terms termsToCheck();

		default String termsField() {
			return "terms";
		}

	}

}
