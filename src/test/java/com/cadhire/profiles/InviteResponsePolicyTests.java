package com.cadhire.profiles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.cadhire.profiles.InviteResponsePolicy.InviteRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InviteResponsePolicyTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

	static final Instant NOW = CLOCK.instant();

	/** An invite sent {@code daysAgo} days ago and answered after {@code hours}. */
	static InviteRecord answered(int daysAgo, double hours) {
		Instant sent = NOW.minus(Duration.ofDays(daysAgo));
		return new InviteRecord(sent, sent.plus(Duration.ofMinutes((long) (hours * 60))), null);
	}

	static InviteRecord unanswered(Duration ago) {
		return new InviteRecord(NOW.minus(ago), null, null);
	}

	static InviteRecord withdrawn(int daysAgo, Duration after) {
		Instant sent = NOW.minus(Duration.ofDays(daysAgo));
		return new InviteRecord(sent, null, sent.plus(after));
	}

	static List<InviteRecord> times(int count, InviteRecord invite) {
		List<InviteRecord> invites = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			invites.add(invite);
		}
		return invites;
	}

	static ResponseBand band(List<InviteRecord> invites, AwayPeriod... away) {
		return InviteResponsePolicy.band(invites, List.of(away), CLOCK);
	}

	@Test
	void showsNoBandWithFewerThanFiveInvites() {
		assertThat(band(times(4, answered(10, 1)))).isNull();
		assertThat(band(List.of())).isNull();
	}

	@Test
	void fiveQuickAnswersAreUnder24Hours() {
		assertThat(band(times(5, answered(10, 2)))).isEqualTo(ResponseBand.UNDER_24_HOURS);
	}

	@Test
	void answersWithinThreeDaysAreUnder3Days() {
		assertThat(band(times(5, answered(10, 30)))).isEqualTo(ResponseBand.UNDER_3_DAYS);
	}

	@Test
	void answersAfterThreeDaysAreMoreThan3Days() {
		assertThat(band(times(5, answered(10, 80)))).isEqualTo(ResponseBand.MORE_THAN_3_DAYS);
	}

	@Test
	void theMedianDecides() {
		List<InviteRecord> invites = new ArrayList<>(times(3, answered(10, 1)));
		invites.addAll(times(2, answered(10, 100)));
		assertThat(band(invites)).isEqualTo(ResponseBand.UNDER_24_HOURS);
		invites.add(answered(10, 100));
		// six invites: the mean of 1 hour and 100 hours
		assertThat(band(invites)).isEqualTo(ResponseBand.UNDER_3_DAYS);
	}

	@Test
	void unansweredInvitesOlderThanThreeDaysCountAsMoreThan3Days() {
		List<InviteRecord> invites = new ArrayList<>(times(2, answered(10, 1)));
		invites.addAll(times(3, unanswered(Duration.ofDays(4))));
		assertThat(band(invites)).isEqualTo(ResponseBand.MORE_THAN_3_DAYS);
	}

	@Test
	void unansweredInvitesYoungerThanThreeDaysDoNotCountYet() {
		List<InviteRecord> invites = new ArrayList<>(times(4, answered(10, 1)));
		invites.addAll(times(3, unanswered(Duration.ofDays(2))));
		assertThat(band(invites)).isNull();
		invites.add(answered(10, 1));
		assertThat(band(invites)).isEqualTo(ResponseBand.UNDER_24_HOURS);
	}

	@Test
	void invitesWithdrawnWithin24HoursDoNotCount() {
		List<InviteRecord> invites = new ArrayList<>(times(4, answered(10, 1)));
		invites.addAll(times(3, withdrawn(10, Duration.ofHours(23))));
		assertThat(band(invites)).isNull();
	}

	@Test
	void invitesLeftUnansweredForThreeDaysCountEvenIfWithdrawnLater() {
		List<InviteRecord> invites = new ArrayList<>(times(2, answered(10, 1)));
		invites.addAll(times(3, withdrawn(10, Duration.ofDays(4))));
		assertThat(band(invites)).isEqualTo(ResponseBand.MORE_THAN_3_DAYS);
	}

	@Test
	void onlyTheLast90DaysCount() {
		List<InviteRecord> invites = new ArrayList<>(times(4, answered(10, 1)));
		invites.addAll(times(5, answered(91, 100)));
		assertThat(band(invites)).isNull();
		invites.add(answered(89, 2));
		assertThat(band(invites)).isEqualTo(ResponseBand.UNDER_24_HOURS);
	}

	@Test
	void timeAwayDoesNotCountAgainstTheExpert() {
		// sent 20 days ago, answered 5 days later; the expert was away for the first 4.5
		// days of it
		Instant sent = NOW.minus(Duration.ofDays(20));
		InviteRecord invite = new InviteRecord(sent, sent.plus(Duration.ofDays(5)), null);
		AwayPeriod away = new AwayPeriod(sent.minus(Duration.ofDays(1)), sent.plus(Duration.ofHours(108)));
		assertThat(band(times(5, invite))).isEqualTo(ResponseBand.MORE_THAN_3_DAYS);
		assertThat(band(times(5, invite), away)).isEqualTo(ResponseBand.UNDER_24_HOURS);
	}

	@Test
	void overlappingTimeAwayIsSubtractedOnce() {
		Instant sent = NOW.minus(Duration.ofDays(20));
		InviteRecord invite = new InviteRecord(sent, sent.plus(Duration.ofDays(4)), null);
		AwayPeriod first = new AwayPeriod(sent, sent.plus(Duration.ofDays(2)));
		AwayPeriod second = new AwayPeriod(sent.plus(Duration.ofDays(1)), sent.plus(Duration.ofDays(2)));
		// 4 days minus 2 away: 48 hours
		assertThat(band(times(5, invite), first, second)).isEqualTo(ResponseBand.UNDER_3_DAYS);
	}

	@Test
	void anUnansweredInviteWaitingThroughTimeAwayIsNotLateYet() {
		List<InviteRecord> invites = new ArrayList<>(times(2, answered(10, 1)));
		invites.addAll(times(3, unanswered(Duration.ofDays(6))));
		AwayPeriod away = new AwayPeriod(NOW.minus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(3)));
		assertThat(band(invites, away)).isNull();
	}

	@Test
	void timeAwayAfterTheAnswerChangesNothing() {
		AwayPeriod later = new AwayPeriod(NOW.minus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(2)));
		assertThat(band(times(5, answered(10, 80)), later)).isEqualTo(ResponseBand.MORE_THAN_3_DAYS);
	}

}
