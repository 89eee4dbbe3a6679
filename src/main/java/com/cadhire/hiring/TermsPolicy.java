package com.cadhire.hiring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cadhire.common.RuleViolationException;
import com.cadhire.common.RuleViolationException.FieldProblem;
import com.cadhire.common.RateType;
import com.cadhire.jobs.JobManagement;

/**
 * The rules every version of terms must follow (DESIGN.md, "Terms and negotiation").
 * Limits: hourly at least 8.00, fixed at least 25.00, at most 10,000,000.00; 1 to 80
 * hours a week; at most 20 milestones, each at least 25.00, due on or after the start,
 * together equal to the total; durations of 1 to 730 days; deliverables and notes up to
 * 2,000 characters.
 */
final class TermsPolicy {

	static final BigDecimal MIN_HOURLY = RateType.HOURLY.minimum();

	static final BigDecimal MIN_FIXED = RateType.FIXED.minimum();

	static final BigDecimal MIN_MILESTONE = RateType.FIXED.minimum();

	static final BigDecimal MAX_AMOUNT = RateType.MAX_AMOUNT;

	static final int MAX_WEEKLY_HOURS = 80;

	static final int MAX_MILESTONES = 20;

	static final int MAX_DURATION_DAYS = 730;

	static final int MAX_TEXT = 2_000;

	static final int MAX_MILESTONE_TITLE = 120;

	private TermsPolicy() {
	}

	/**
	 * Checks terms and returns them normalised (amounts at two decimals).
	 * @param terms the terms as sent
	 * @param field the name of the terms field in the request, to prefix field errors
	 * @param today the date in UTC
	 * @return the normalised terms
	 * @throws RuleViolationException naming every broken rule
	 */
	static Terms check(Terms terms, String field, LocalDate today) {
		List<FieldProblem> problems = problems(terms, field, today);
		if (!problems.isEmpty()) {
			throw violation(problems);
		}
		BigDecimal amount = terms.amount();
		List<Terms.Milestone> milestones = terms.milestones()
			.stream()
			.map((m) -> new Terms.Milestone(m.title().strip(), m.amount().setScale(2), m.dueDate()))
			.toList();
		return new Terms(terms.rateType(), amount.setScale(2), terms.currency(), terms.weeklyHourLimit(), milestones,
				terms.startDate(), terms.durationDays(), terms.deadline(), terms.deliverables().strip(),
				terms.notes().strip());
	}

	/**
	 * Every rule the terms break, without throwing: so that a request whose other fields
	 * are also wrong can answer all of its problems at once.
	 * @param terms the terms as sent
	 * @param field the name of the terms field in the request, to prefix field errors
	 * @param today the date in UTC
	 * @return the problems, empty when the terms are fine
	 */
	static List<FieldProblem> problems(Terms terms, String field, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		String p = field + ".";
		if (terms.rateType() == null) {
			problems.add(new FieldProblem(p + "rateType", "Choose hourly or fixed price."));
		}
		if (terms.amount() == null) {
			problems.add(new FieldProblem(p + "amount", "Enter the rate or the fixed total."));
		}
		if (terms.currency() == null || !JobManagement.CURRENCIES.contains(terms.currency())) {
			problems.add(new FieldProblem(p + "currency", "Choose one of the currencies "
					+ String.join(", ", new java.util.TreeSet<>(JobManagement.CURRENCIES)) + "."));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		BigDecimal amount = terms.amount();
		if (hasMoreThanTwoDecimals(amount)) {
			problems.add(new FieldProblem(p + "amount", "Enter the amount with at most two decimals (cents)."));
		}
		BigDecimal min = (terms.rateType() == RateType.HOURLY) ? MIN_HOURLY : MIN_FIXED;
		if (amount.compareTo(min) < 0) {
			problems.add(new FieldProblem(p + "amount",
					(terms.rateType() == RateType.HOURLY) ? "An hourly rate is at least " + MIN_HOURLY + "."
							: "A fixed price is at least " + MIN_FIXED + "."));
		}
		if (amount.compareTo(MAX_AMOUNT) > 0) {
			problems.add(new FieldProblem(p + "amount", "Enter an amount of at most " + MAX_AMOUNT + "."));
		}
		if (terms.rateType() == RateType.HOURLY) {
			if (terms.weeklyHourLimit() == null || terms.weeklyHourLimit() < 1
					|| terms.weeklyHourLimit() > MAX_WEEKLY_HOURS) {
				problems.add(new FieldProblem(p + "weeklyHourLimit",
						"An hourly job needs a weekly hour limit of 1 to " + MAX_WEEKLY_HOURS + "."));
			}
			if (!terms.milestones().isEmpty()) {
				problems.add(new FieldProblem(p + "milestones", "Milestones are for fixed-price terms only."));
			}
		}
		else {
			if (terms.weeklyHourLimit() != null) {
				problems.add(new FieldProblem(p + "weeklyHourLimit", "A weekly hour limit is for hourly terms only."));
			}
			checkMilestones(terms, p, problems);
		}
		if (terms.startDate() != null && terms.startDate().isBefore(today)) {
			problems.add(new FieldProblem(p + "startDate", "The start date cannot be in the past."));
		}
		if (terms.durationDays() != null && (terms.durationDays() < 1 || terms.durationDays() > MAX_DURATION_DAYS)) {
			problems
				.add(new FieldProblem(p + "durationDays", "Enter a duration of 1 to " + MAX_DURATION_DAYS + " days."));
		}
		if (terms.deadline() != null) {
			LocalDate earliest = (terms.startDate() != null) ? terms.startDate() : today;
			if (terms.deadline().isBefore(earliest)) {
				problems.add(new FieldProblem(p + "deadline", "The deadline cannot be before the start."));
			}
		}
		if (terms.deliverables().length() > MAX_TEXT) {
			problems.add(new FieldProblem(p + "deliverables",
					"Describe the deliverables in up to " + MAX_TEXT + " characters."));
		}
		if (terms.notes().length() > MAX_TEXT) {
			problems.add(new FieldProblem(p + "notes", "Keep the notes to " + MAX_TEXT + " characters."));
		}
		return problems;
	}

	private static void checkMilestones(Terms terms, String p, List<FieldProblem> problems) {
		if (terms.milestones().size() > MAX_MILESTONES) {
			problems.add(new FieldProblem(p + "milestones", "At most " + MAX_MILESTONES + " milestones."));
			return;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < terms.milestones().size(); i++) {
			Terms.Milestone m = terms.milestones().get(i);
			String at = p + "milestones[" + i + "].";
			if (m == null) {
				problems.add(new FieldProblem(p + "milestones[" + i + "]", "A milestone cannot be empty."));
				continue;
			}
			if (m.title() == null || m.title().isBlank() || m.title().length() > MAX_MILESTONE_TITLE) {
				problems.add(new FieldProblem(at + "title",
						"A milestone needs a title of 1 to " + MAX_MILESTONE_TITLE + " characters."));
			}
			if (m.amount() == null) {
				problems.add(new FieldProblem(at + "amount", "A milestone needs an amount."));
				continue;
			}
			if (m.amount().compareTo(MIN_MILESTONE) < 0) {
				problems.add(new FieldProblem(at + "amount", "Each milestone is at least " + MIN_MILESTONE + "."));
			}
			if (hasMoreThanTwoDecimals(m.amount())) {
				problems.add(new FieldProblem(at + "amount", "Enter the amount with at most two decimals (cents)."));
			}
			if (m.dueDate() == null) {
				problems.add(new FieldProblem(at + "dueDate", "A milestone needs a due date."));
			}
			else if (terms.startDate() != null && m.dueDate().isBefore(terms.startDate())) {
				problems.add(new FieldProblem(at + "dueDate", "A milestone cannot be due before the start date."));
			}
			sum = sum.add(m.amount());
		}
		if (!terms.milestones().isEmpty() && sum.compareTo(terms.amount()) != 0) {
			problems.add(new FieldProblem(p + "milestones",
					"The milestones add up to " + sum.setScale(2) + " but the total is "
							+ terms.amount().setScale(2, java.math.RoundingMode.HALF_EVEN) + "; they must be equal."));
		}
	}

	private static boolean hasMoreThanTwoDecimals(BigDecimal amount) {
		return amount.stripTrailingZeros().scale() > 2;
	}

	private static RuleViolationException violation(List<FieldProblem> problems) {
		FieldProblem first = problems.get(0);
		String more = (problems.size() > 1) ? " (and " + (problems.size() - 1) + " more)" : "";
		return new RuleViolationException("invalid-terms", first.field() + ": " + first.message() + more, problems,
				Map.of());
	}

}
