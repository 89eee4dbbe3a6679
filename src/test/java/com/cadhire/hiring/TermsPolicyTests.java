package com.cadhire.hiring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.cadhire.common.RuleViolationException;
import com.cadhire.common.RuleViolationException.FieldProblem;
import com.cadhire.hiring.Terms.Milestone;
import com.cadhire.common.RateType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules every terms version follows; each broken rule names its field path.
 */
class TermsPolicyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private static Terms hourly(String amount, Integer weeklyHours) {
		return new Terms(RateType.HOURLY, new BigDecimal(amount), "USD", weeklyHours, List.of(), TODAY.plusDays(7), 14,
				null, " STEP files ", "");
	}

	private static Terms fixed(String total, Milestone... milestones) {
		return new Terms(RateType.FIXED, new BigDecimal(total), "USD", null, List.of(milestones), TODAY, 30, null,
				"Drawings", "");
	}

	private static Milestone milestone(String amount) {
		return new Milestone("Model", new BigDecimal(amount), TODAY.plusDays(10));
	}

	private static List<FieldProblem> problems(ThrowingCallable call) {
		List<FieldProblem> problems = new ArrayList<>();
		assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, (ex) -> {
			assertThat(ex.type()).isEqualTo("invalid-terms");
			problems.addAll(ex.errors());
		});
		return problems;
	}

	private static List<String> fields(Terms terms) {
		return problems(() -> TermsPolicy.check(terms, "terms", TODAY)).stream().map(FieldProblem::field).toList();
	}

	@Test
	void acceptsTheLowestHourlyRateAndNormalisesAmountsToCents() {
		Terms checked = TermsPolicy.check(hourly("8", 20), "terms", TODAY);

		assertThat(checked.amount()).isEqualTo(new BigDecimal("8.00"));
		assertThat(checked.deliverables()).isEqualTo("STEP files");
	}

	@Test
	void rejectsAnHourlyRateUnderEight() {
		assertThat(fields(hourly("7.99", 20))).containsExactly("terms.amount");
	}

	@Test
	void acceptsTheLowestFixedPrice() {
		assertThat(TermsPolicy.check(fixed("25.00"), "terms", TODAY).amount()).isEqualTo(new BigDecimal("25.00"));
	}

	@Test
	void rejectsAFixedPriceUnderTwentyFive() {
		assertThat(fields(fixed("24.99"))).containsExactly("terms.amount");
	}

	@Test
	void acceptsMilestonesOfAtLeastTwentyFiveThatAddUpToTheTotal() {
		Terms checked = TermsPolicy.check(fixed("100.00", milestone("25.00"), milestone("75")), "terms", TODAY);

		assertThat(checked.milestones()).extracting(Milestone::amount)
			.containsExactly(new BigDecimal("25.00"), new BigDecimal("75.00"));
	}

	@Test
	void rejectsAMilestoneUnderTwentyFiveNamingItsIndex() {
		List<FieldProblem> problems = problems(() -> TermsPolicy
			.check(fixed("100.00", milestone("25.00"), milestone("24.99"), milestone("50.01")), "terms", TODAY));

		assertThat(problems).extracting(FieldProblem::field).containsExactly("terms.milestones[1].amount");
	}

	@Test
	void rejectsMilestonesThatDoNotAddUpToTheTotal() {
		List<FieldProblem> problems = problems(
				() -> TermsPolicy.check(fixed("100.00", milestone("25.00"), milestone("70.00")), "terms", TODAY));

		assertThat(problems).extracting(FieldProblem::field).containsExactly("terms.milestones");
		assertThat(problems.get(0).message()).contains("95.00").contains("100.00");
	}

	@Test
	void rejectsHourlyTermsWithoutAWeeklyHourLimit() {
		assertThat(fields(hourly("45.00", null))).containsExactly("terms.weeklyHourLimit");
	}

	@Test
	void rejectsAWeeklyHourLimitOutsideOneToEighty() {
		assertThat(fields(hourly("45.00", 0))).containsExactly("terms.weeklyHourLimit");
		assertThat(fields(hourly("45.00", 81))).containsExactly("terms.weeklyHourLimit");
		assertThat(TermsPolicy.check(hourly("45.00", 80), "terms", TODAY).weeklyHourLimit()).isEqualTo(80);
	}

	@Test
	void rejectsMilestonesOnHourlyTerms() {
		Terms terms = new Terms(RateType.HOURLY, new BigDecimal("45.00"), "USD", 20, List.of(milestone("45.00")), TODAY,
				14, null, "", "");

		assertThat(fields(terms)).containsExactly("terms.milestones");
	}

	@Test
	void rejectsAWeeklyHourLimitOnFixedTerms() {
		Terms terms = new Terms(RateType.FIXED, new BigDecimal("100.00"), "USD", 20, List.of(), TODAY, 14, null, "",
				"");

		assertThat(fields(terms)).containsExactly("terms.weeklyHourLimit");
	}

	@Test
	void rejectsAStartDateInThePastButAcceptsToday() {
		Terms yesterday = new Terms(RateType.HOURLY, new BigDecimal("45.00"), "USD", 20, List.of(), TODAY.minusDays(1),
				14, null, "", "");
		Terms today = new Terms(RateType.HOURLY, new BigDecimal("45.00"), "USD", 20, List.of(), TODAY, 14, null, "",
				"");

		assertThat(fields(yesterday)).containsExactly("terms.startDate");
		assertThat(TermsPolicy.check(today, "terms", TODAY).startDate()).isEqualTo(TODAY);
	}

	@Test
	void rejectsAmountsWithMoreThanTwoDecimals() {
		assertThat(fields(hourly("45.001", 20))).containsExactly("terms.amount");
		assertThat(fields(fixed("100.00", milestone("50.005"), milestone("49.995"))))
			.containsExactly("terms.milestones[0].amount", "terms.milestones[1].amount");
	}

	@Test
	void acceptsTrailingZerosBeyondTwoDecimals() {
		assertThat(TermsPolicy.check(hourly("45.000", 20), "terms", TODAY).amount()).isEqualTo(new BigDecimal("45.00"));
	}

	@Test
	void rejectsAMilestoneDueBeforeTheStart() {
		Milestone early = new Milestone("Model", new BigDecimal("100.00"), TODAY.minusDays(1));

		assertThat(fields(fixed("100.00", early))).containsExactly("terms.milestones[0].dueDate");
	}

	@Test
	void rejectsAMilestoneWithoutTitleOrDueDate() {
		Milestone incomplete = new Milestone(" ", new BigDecimal("100.00"), null);

		assertThat(fields(fixed("100.00", incomplete))).containsExactly("terms.milestones[0].title",
				"terms.milestones[0].dueDate");
	}

	@Test
	void rejectsAnUnknownCurrencyAndMissingFields() {
		Terms terms = new Terms(null, null, "XYZ", null, List.of(), null, null, null, "", "");

		assertThat(fields(terms)).containsExactly("terms.rateType", "terms.amount", "terms.currency");
	}

	@Test
	void prefixesEveryFieldWithTheRequestFieldName() {
		List<FieldProblem> problems = problems(() -> TermsPolicy.check(hourly("1.00", null), "proposedTerms", TODAY));

		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("proposedTerms.amount", "proposedTerms.weeklyHourLimit");
	}

	@Test
	void rejectsADeadlineBeforeTheStartAndADurationOutOfRange() {
		Terms terms = new Terms(RateType.HOURLY, new BigDecimal("45.00"), "USD", 20, List.of(), TODAY.plusDays(5), 731,
				TODAY.plusDays(4), "", "");

		assertThat(fields(terms)).containsExactly("terms.durationDays", "terms.deadline");
	}

}
