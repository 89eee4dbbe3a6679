package com.cadhire.profiles;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.cadhire.common.RuleViolationException;
import com.cadhire.common.RuleViolationException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpertProfileTests {

	static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-03-10");

	static ExpertProfile.Details details(String rate, List<String> skills) {
		return new ExpertProfile.Details("Mechanical design in SolidWorks", "Ten years of sheet metal parts.", skills,
				(rate != null) ? new BigDecimal(rate) : null, true, "");
	}

	static ExpertProfile.Details details(String rate) {
		return details(rate, List.of("solidworks"));
	}

	static ExpertProfile profile() {
		return ExpertProfile.empty(UUID.randomUUID(), NOW);
	}

	static List<String> fields(Throwable ex) {
		return ((RuleViolationException) ex).errors().stream().map(FieldProblem::field).toList();
	}

	@Test
	void anEmptyProfileAcceptsInvitesAndHasNoRate() {
		ExpertProfile profile = profile();
		assertThat(profile.acceptingInvites()).isTrue();
		assertThat(profile.hourlyRate()).isNull();
		assertThat(profile.isSaved()).isFalse();
	}

	@Test
	void keepsTheRateExactWithTwoDecimals() {
		ExpertProfile profile = profile().update(details("45.5"), NOW);
		assertThat(profile.hourlyRate()).isEqualByComparingTo("45.50");
		assertThat(profile.hourlyRate().scale()).isEqualTo(2);
	}

	@Test
	void acceptsTheMinimumAndMaximumRate() {
		assertThat(profile().update(details("8.00"), NOW).hourlyRate()).isEqualByComparingTo("8.00");
		assertThat(profile().update(details("1000.00"), NOW).hourlyRate()).isEqualByComparingTo("1000.00");
	}

	@Test
	void rejectsARateBelowTheMinimum() {
		assertThatThrownBy(() -> profile().update(details("7.99"), NOW)).isInstanceOf(RuleViolationException.class)
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("hourlyRate"));
	}

	@Test
	void rejectsARateAboveTheMaximum() {
		assertThatThrownBy(() -> profile().update(details("1000.01"), NOW))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("hourlyRate"));
	}

	@Test
	void rejectsFractionsOfACent() {
		assertThatThrownBy(() -> profile().update(details("45.001"), NOW))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("hourlyRate"))
			.hasMessageContaining("at most two decimals");
	}

	@Test
	void allowsNoRate() {
		assertThat(profile().update(details(null), NOW).hourlyRate()).isNull();
	}

	@Test
	void storesCatalogueSkillsAsSlugsAndTidiesFreeTags() {
		ExpertProfile profile = profile().update(
				details("40.00", List.of("SolidWorks", "fusion 360", "  Gear   trains ", "gear trains", "GD&T")), NOW);
		assertThat(profile.skills()).containsExactly("solidworks", "fusion-360", "Gear trains", "gd-and-t");
	}

	@Test
	void rejectsMoreThanThirtySkills() {
		List<String> skills = new ArrayList<>();
		for (int i = 0; i <= ExpertProfile.MAX_SKILLS; i++) {
			skills.add("tag " + i);
		}
		assertThatThrownBy(() -> profile().update(details("40.00", skills), NOW))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("skills"));
	}

	@Test
	void countsDuplicateSkillsOnce() {
		List<String> skills = new ArrayList<>();
		for (int i = 0; i < ExpertProfile.MAX_SKILLS; i++) {
			skills.add("tag " + i);
		}
		skills.add("TAG  0");
		assertThat(profile().update(details("40.00", skills), NOW).skills()).hasSize(ExpertProfile.MAX_SKILLS);
	}

	@Test
	void rejectsAFreeTagLongerThanFortyCharacters() {
		assertThatThrownBy(() -> profile().update(details("40.00", List.of("solidworks", "x".repeat(41))), NOW))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("skills[1]"));
	}

	@Test
	void rejectsABlankHeadlineAndOverlongTexts() {
		ExpertProfile.Details details = new ExpertProfile.Details("  ", "b".repeat(ExpertProfile.MAX_BIO + 1),
				List.of(), new BigDecimal("5"), true, "p".repeat(ExpertProfile.MAX_PORTFOLIO + 1));
		assertThatThrownBy(() -> profile().update(details, NOW)).satisfies(
				(ex) -> assertThat(fields(ex)).containsExactlyInAnyOrder("headline", "bio", "portfolio", "hourlyRate"));
	}

	@Test
	void rejectsAHeadlineLongerThan120Characters() {
		ExpertProfile.Details details = new ExpertProfile.Details("h".repeat(121), "", List.of(), null, true, "");
		assertThatThrownBy(() -> profile().update(details, NOW))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("headline"));
	}

	@Test
	void aRejectedUpdateChangesNothing() {
		ExpertProfile profile = profile().update(details("40.00"), NOW);
		assertThatThrownBy(() -> profile.update(details("2.00"), NOW.plusSeconds(60)));
		assertThat(profile.hourlyRate()).isEqualByComparingTo("40.00");
		assertThat(profile.updatedAt()).isEqualTo(NOW);
	}

	@Test
	void declaresTimeAway() {
		ExpertProfile profile = profile().declareTimeAway(TODAY.plusDays(3), TODAY.plusDays(10), NOW);
		assertThat(profile.timeAway()).isEqualTo(new TimeAway(TODAY.plusDays(3), TODAY.plusDays(10)));
	}

	@Test
	void rejectsTimeAwayThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> profile().declareTimeAway(TODAY.plusDays(5), TODAY.plusDays(4), NOW))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("timeAway.to"));
	}

	@Test
	void rejectsTimeAwayMoreThanAYearAhead() {
		assertThatThrownBy(() -> profile().declareTimeAway(TODAY.plusDays(300), TODAY.plusDays(366), NOW))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("timeAway.to"));
		assertThat(profile().declareTimeAway(TODAY.plusDays(300), TODAY.plusDays(365), NOW).timeAway()).isNotNull();
	}

	@Test
	void rejectsNewTimeAwayThatStartsInThePast() {
		assertThatThrownBy(() -> profile().declareTimeAway(TODAY.minusDays(1), TODAY.plusDays(2), NOW))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("timeAway.from"));
	}

	@Test
	void anOngoingTimeAwayKeepsItsFirstDayAndMayBeExtended() {
		ExpertProfile profile = profile().declareTimeAway(TODAY, TODAY.plusDays(2), NOW);
		Instant later = NOW.plus(Duration.ofDays(1));
		profile.declareTimeAway(TODAY, TODAY.plusDays(5), later);
		assertThat(profile.timeAway()).isEqualTo(new TimeAway(TODAY, TODAY.plusDays(5)));
		assertThat(profile.pastTimeAway()).isEmpty();
	}

	@Test
	void clearingTimeAwayKeepsTheDaysAlreadySpentAway() {
		ExpertProfile profile = profile().declareTimeAway(TODAY, TODAY.plusDays(5), NOW);
		Instant back = NOW.plus(Duration.ofDays(2));
		profile.clearTimeAway(back);
		assertThat(profile.timeAway()).isNull();
		assertThat(profile.pastTimeAway())
			.containsExactly(new AwayPeriod(TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), back));
	}

	@Test
	void clearingTimeAwayThatNeverBeganLeavesNoTrace() {
		ExpertProfile profile = profile().declareTimeAway(TODAY.plusDays(3), TODAY.plusDays(5), NOW);
		profile.clearTimeAway(NOW);
		assertThat(profile.timeAway()).isNull();
		assertThat(profile.pastTimeAway()).isEmpty();
	}

	@Test
	void timeAwayThatIsOverIsNotShown() {
		ExpertProfile profile = profile().declareTimeAway(TODAY, TODAY.plusDays(1), NOW);
		assertThat(profile.timeAway(NOW)).isNotNull();
		assertThat(profile.timeAway(NOW.plus(Duration.ofDays(2)))).isNull();
	}

}
