package com.cadhire.profiles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cadhire.common.RateType;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.RuleViolationException.FieldProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An expert's public profile: what they do, which skills they have, what they charge,
 * whether they take invites and when they are away. Its id is the expert's account id.
 */
@Table("expert_profiles")
public class ExpertProfile {

	/** Longest headline. */
	public static final int MAX_HEADLINE = 120;

	/** Longest bio. */
	public static final int MAX_BIO = 5_000;

	/** Longest portfolio text. */
	public static final int MAX_PORTFOLIO = 5_000;

	/** Most skills on one profile. */
	public static final int MAX_SKILLS = 30;

	/** Longest free skill tag. */
	public static final int MAX_TAG = 40;

	/** Lowest hourly rate, the platform's minimum for hourly terms. */
	public static final BigDecimal MIN_RATE = RateType.HOURLY.minimum();

	/**
	 * Highest hourly rate: a guard against typos (an extra digit), far above what CAD
	 * work is billed at.
	 */
	public static final BigDecimal MAX_RATE = new BigDecimal("1000.00");

	/** How far ahead time away may reach. */
	public static final int MAX_TIME_AWAY_AHEAD_DAYS = 365;

	/** How long past time away is kept: the responsiveness window and a day of slack. */
	static final Duration AWAY_RETENTION = Duration.ofDays(91);

	@Id
	private final UUID id;

	private String headline;

	private String bio;

	@MappedCollection(idColumn = "expert_id", keyColumn = "list_index")
	private List<ProfileSkill> skills;

	private @Nullable BigDecimal hourlyRate;

	private boolean acceptingInvites;

	@Embedded.Nullable(prefix = "away_")
	private @Nullable TimeAway timeAway;

	@MappedCollection(idColumn = "expert_id")
	private Set<AwayPeriod> pastTimeAway;

	private String portfolio;

	private String searchText;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	ExpertProfile(UUID id, String headline, String bio, List<ProfileSkill> skills, @Nullable BigDecimal hourlyRate,
			boolean acceptingInvites, @Nullable TimeAway timeAway, Set<AwayPeriod> pastTimeAway, String portfolio,
			String searchText, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.headline = headline;
		this.bio = bio;
		this.skills = new ArrayList<>(skills);
		this.hourlyRate = hourlyRate;
		this.acceptingInvites = acceptingInvites;
		this.timeAway = timeAway;
		this.pastTimeAway = new HashSet<>(pastTimeAway);
		this.portfolio = portfolio;
		this.searchText = searchText;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/**
	 * The profile of an expert who has not saved one yet: empty, accepting invites.
	 * @param expertId the expert's account id
	 * @param now the current instant
	 * @return an unsaved, empty profile
	 */
	public static ExpertProfile empty(UUID expertId, Instant now) {
		return new ExpertProfile(expertId, "", "", List.of(), null, true, null, Set.of(), "", "", micros(now), null);
	}

	/**
	 * Replaces what the expert tells about themselves. Every broken rule is reported at
	 * once, by field.
	 * @param details the new content
	 * @param now the current instant
	 * @return this profile
	 * @throws RuleViolationException if a field breaks a rule
	 */
	public ExpertProfile update(Details details, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		String headline = details.headline().strip();
		if (headline.isEmpty()) {
			problems.add(new FieldProblem("headline", "Enter a headline: a line that says what you do."));
		}
		else if (headline.length() > MAX_HEADLINE) {
			problems.add(new FieldProblem("headline", "Keep the headline to " + MAX_HEADLINE + " characters."));
		}
		String bio = details.bio().strip();
		if (bio.length() > MAX_BIO) {
			problems.add(new FieldProblem("bio", "Keep the bio to " + MAX_BIO + " characters."));
		}
		String portfolio = details.portfolio().strip();
		if (portfolio.length() > MAX_PORTFOLIO) {
			problems.add(new FieldProblem("portfolio", "Keep the portfolio to " + MAX_PORTFOLIO + " characters."));
		}
		List<ProfileSkill> skills = skills(details.skills(), problems);
		BigDecimal rate = rate(details.hourlyRate(), problems);
		if (!problems.isEmpty()) {
			throw violation(problems);
		}
		this.headline = headline;
		this.bio = bio;
		this.portfolio = portfolio;
		this.skills = new ArrayList<>(skills);
		this.hourlyRate = rate;
		this.acceptingInvites = details.acceptingInvites();
		this.searchText = searchText(headline, bio, skills);
		this.updatedAt = micros(now);
		return this;
	}

	/**
	 * Declares days away, replacing an earlier declaration. A new declaration may not
	 * start in the past; one already under way keeps its first day and may be shortened
	 * or extended.
	 * @param from first day away
	 * @param to last day away, at most a year ahead
	 * @param now the current instant
	 * @return this profile
	 * @throws RuleViolationException if the days are out of order, too far ahead, or
	 * already over
	 */
	public ExpertProfile declareTimeAway(LocalDate from, LocalDate to, Instant now) {
		LocalDate today = today(now);
		List<FieldProblem> problems = new ArrayList<>();
		boolean underWay = this.timeAway != null && this.timeAway.from().equals(from);
		if (from.isBefore(today) && !underWay) {
			problems.add(new FieldProblem("timeAway.from", "Start the time away today or later."));
		}
		if (to.isBefore(from)) {
			problems.add(new FieldProblem("timeAway.to", "End the time away on or after its first day."));
		}
		else if (to.isBefore(today)) {
			problems.add(new FieldProblem("timeAway.to", "End the time away today or later."));
		}
		else if (to.isAfter(today.plusDays(MAX_TIME_AWAY_AHEAD_DAYS))) {
			problems.add(new FieldProblem("timeAway.to",
					"End the time away within " + MAX_TIME_AWAY_AHEAD_DAYS + " days from today."));
		}
		if (!problems.isEmpty()) {
			throw violation(problems);
		}
		TimeAway declared = new TimeAway(from, to);
		if (declared.equals(this.timeAway)) {
			return this;
		}
		if (!underWay) {
			keepPastTimeAway(now);
		}
		this.timeAway = declared;
		this.updatedAt = micros(now);
		return this;
	}

	/**
	 * Ends or cancels the declared time away. The part already spent away still excuses
	 * slow answers to invites it overlapped.
	 * @param now the current instant
	 * @return this profile
	 */
	public ExpertProfile clearTimeAway(Instant now) {
		if (this.timeAway == null) {
			return this;
		}
		keepPastTimeAway(now);
		this.timeAway = null;
		this.updatedAt = micros(now);
		return this;
	}

	private void keepPastTimeAway(Instant now) {
		TimeAway current = this.timeAway;
		if (current != null && current.startsAt().isBefore(now)) {
			Instant end = current.endsAt().isBefore(now) ? current.endsAt() : now;
			this.pastTimeAway.add(new AwayPeriod(current.startsAt(), end));
		}
		Instant horizon = now.minus(AWAY_RETENTION);
		this.pastTimeAway.removeIf((period) -> period.endsAt().isBefore(horizon));
	}

	private static List<ProfileSkill> skills(List<String> typed, List<FieldProblem> problems) {
		Map<String, ProfileSkill> byKey = new LinkedHashMap<>();
		for (int i = 0; i < typed.size(); i++) {
			String skill = typed.get(i);
			if (skill == null || skill.isBlank()) {
				problems.add(
						new FieldProblem("skills[" + i + "]", "Enter a name for each skill, or remove the empty one."));
				continue;
			}
			ProfileSkill normalized = SkillCatalogue.normalize(skill);
			if (normalized.skill().length() > MAX_TAG) {
				problems.add(new FieldProblem("skills[" + i + "]", "Keep each skill to " + MAX_TAG + " characters."));
				continue;
			}
			byKey.putIfAbsent(normalized.skillKey(), normalized);
		}
		if (byKey.size() > MAX_SKILLS) {
			problems.add(new FieldProblem("skills", "List at most " + MAX_SKILLS + " skills."));
		}
		return List.copyOf(byKey.values());
	}

	private static @Nullable BigDecimal rate(@Nullable BigDecimal rate, List<FieldProblem> problems) {
		if (rate == null) {
			return null;
		}
		if (rate.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem("hourlyRate",
					"Enter the hourly rate with at most two decimals, for example 65.50."));
			return null;
		}
		if (rate.compareTo(MIN_RATE) < 0 || rate.compareTo(MAX_RATE) > 0) {
			problems.add(new FieldProblem("hourlyRate",
					"Enter an hourly rate between " + MIN_RATE + " and " + MAX_RATE + "."));
			return null;
		}
		return rate.setScale(2, RoundingMode.UNNECESSARY);
	}

	private static String searchText(String headline, String bio, List<ProfileSkill> skills) {
		StringBuilder text = new StringBuilder(headline).append('\n').append(bio);
		for (ProfileSkill skill : skills) {
			text.append('\n').append(skill.skill());
			SkillCatalogue.find(skill.skill()).ifPresent((entry) -> text.append(' ').append(entry.name()));
		}
		return text.toString().toLowerCase(Locale.ROOT);
	}

	private static RuleViolationException violation(List<FieldProblem> problems) {
		FieldProblem first = problems.get(0);
		String more = (problems.size() > 1) ? " (and " + (problems.size() - 1) + " more)" : "";
		return new RuleViolationException("validation", first.field() + ": " + first.message() + more, problems,
				Map.of());
	}

	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	private static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC);
	}

	public UUID id() {
		return this.id;
	}

	public String headline() {
		return this.headline;
	}

	public String bio() {
		return this.bio;
	}

	/**
	 * @return the skills in the expert's order: catalogue slugs and free tags
	 */
	public List<String> skills() {
		return this.skills.stream().map(ProfileSkill::skill).toList();
	}

	public @Nullable BigDecimal hourlyRate() {
		return this.hourlyRate;
	}

	public boolean acceptingInvites() {
		return this.acceptingInvites;
	}

	/**
	 * @return the declared time away as stored, even if it is over
	 */
	public @Nullable TimeAway timeAway() {
		return this.timeAway;
	}

	/**
	 * @param now the current instant
	 * @return the declared time away unless it is over
	 */
	public @Nullable TimeAway timeAway(Instant now) {
		TimeAway current = this.timeAway;
		return (current != null && !current.isOver(today(now))) ? current : null;
	}

	/**
	 * @return time away that began and was then replaced or cleared
	 */
	public Set<AwayPeriod> pastTimeAway() {
		return Set.copyOf(this.pastTimeAway);
	}

	public String portfolio() {
		return this.portfolio;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/**
	 * @return whether the profile was ever saved
	 */
	public boolean isSaved() {
		return this.version != null;
	}

	/**
	 * What an expert tells about themselves.
	 *
	 * @param headline one line, at most {@value #MAX_HEADLINE} characters
	 * @param bio at most {@value #MAX_BIO} characters
	 * @param skills catalogue slugs or names, and free tags
	 * @param hourlyRate in the platform currency, or {@code null} to not show one
	 * @param acceptingInvites whether clients may invite the expert
	 * @param portfolio at most {@value #MAX_PORTFOLIO} characters
	 */
	public record Details(String headline, String bio, List<String> skills, @Nullable BigDecimal hourlyRate,
			boolean acceptingInvites, String portfolio) {
	}

}
