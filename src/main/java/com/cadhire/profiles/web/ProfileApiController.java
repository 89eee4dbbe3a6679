package com.cadhire.profiles.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Role;
import com.cadhire.common.Cursor;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.UserId;
import com.cadhire.profiles.DirectoryEntry;
import com.cadhire.profiles.ExpertDirectory;
import com.cadhire.profiles.ExpertProfile;
import com.cadhire.profiles.ProfileManagement;
import com.cadhire.profiles.PublicProfile;
import com.cadhire.profiles.ResponseBand;
import com.cadhire.profiles.Responsiveness;
import com.cadhire.profiles.Skill;
import com.cadhire.profiles.SkillCatalogue;
import com.cadhire.profiles.TimeAway;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Expert profiles, the expert directory and the skills catalogue.
 */
@RestController
@RequestMapping("/api/v1")
class ProfileApiController {

	private final ProfileManagement profiles;

	private final ExpertDirectory directory;

	private final Clock clock;

	private final String currency;

	ProfileApiController(ProfileManagement profiles, ExpertDirectory directory, Clock clock,
			@Value("${cadhire.fees.currency:USD}") String currency) {
		this.profiles = profiles;
		this.directory = directory;
		this.clock = clock;
		this.currency = currency;
	}

	@GetMapping("/skills")
	List<Skill> skills() {
		return SkillCatalogue.all();
	}

	@GetMapping("/me/profile")
	ProfileResponse myProfile(@AuthenticationPrincipal AuthenticatedUser me) {
		requireExpert(me);
		return profile(me.displayName(), this.profiles.profileOf(me.userId()),
				this.profiles.responsiveness(me.userId()));
	}

	@PutMapping("/me/profile")
	ProfileResponse saveProfile(@AuthenticationPrincipal AuthenticatedUser me,
			@Valid @RequestBody ProfileRequest request) {
		requireExpert(me);
		ExpertProfile saved = this.profiles.save(me.userId(), request.details(), request.timeAwayOrNull());
		return profile(me.displayName(), saved, this.profiles.responsiveness(me.userId()));
	}

	@GetMapping("/experts")
	Page<ExpertItem> directory(
			@RequestParam(required = false) @Size(max = ExpertDirectory.MAX_QUERY) @Nullable String q,
			@RequestParam(name = "skill",
					required = false) @Size(max = ExpertDirectory.MAX_SKILL_FILTERS) @Nullable List<String> skill,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		List<String> skills = (skill != null) ? skill : List.of();
		return this.directory.search(q, skills, Cursor.decode(cursor), Cursor.limit(limit)).map(this::item);
	}

	@GetMapping("/experts/{id}")
	ProfileResponse expert(@PathVariable UUID id) {
		PublicProfile expert = this.profiles.publicProfile(UserId.of(id))
			.orElseThrow(() -> new NotFoundException("expert"));
		return profile(expert.displayName(), expert.profile(), expert.responsiveness());
	}

	private static void requireExpert(AuthenticatedUser me) {
		if (me.role() != Role.EXPERT) {
			throw new ForbiddenException("Only experts have a profile; clients find experts at /api/v1/experts.");
		}
	}

	private ProfileResponse profile(String displayName, ExpertProfile profile, Responsiveness responsiveness) {
		Instant now = this.clock.instant();
		return new ProfileResponse(profile.id(), displayName, profile.headline(), profile.bio(), profile.skills(),
				money(profile.hourlyRate()), this.currency, profile.acceptingInvites(),
				TimeAwayJson.of(profile.timeAway(now)), profile.portfolio(), profile.updatedAt(),
				ResponsivenessJson.of(responsiveness));
	}

	private ExpertItem item(DirectoryEntry entry) {
		return new ExpertItem(entry.id(), entry.displayName(), entry.headline(), entry.skills(),
				money(entry.hourlyRate()), this.currency, entry.acceptingInvites(), TimeAwayJson.of(entry.timeAway()),
				ResponsivenessJson.of(entry.responsiveness()), entry.updatedAt());
	}

	private static @Nullable String money(@Nullable BigDecimal amount) {
		return (amount != null) ? amount.setScale(2).toPlainString() : null;
	}

	/**
	 * A profile as the expert sends it. {@code hourlyRate} may be a decimal string or a
	 * number; {@code timeAway} {@code null} means not away.
	 */
	record ProfileRequest(@NotNull String headline, @Nullable String bio,
			@Size(max = 100) @Nullable List<String> skills, @Nullable BigDecimal hourlyRate,
			@Nullable Boolean acceptingInvites, @Nullable String portfolio, @Valid @Nullable TimeAwayRequest timeAway) {

		ExpertProfile.Details details() {
			return new ExpertProfile.Details(this.headline, Objects.requireNonNullElse(this.bio, ""),
					Objects.requireNonNullElse(this.skills, List.of()), this.hourlyRate,
					Objects.requireNonNullElse(this.acceptingInvites, true),
					Objects.requireNonNullElse(this.portfolio, ""));
		}

		@Nullable TimeAway timeAwayOrNull() {
			return (this.timeAway != null) ? new TimeAway(this.timeAway.from(), this.timeAway.to()) : null;
		}

	}

	record TimeAwayRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
	}

	record TimeAwayJson(LocalDate from, LocalDate to) {

		static @Nullable TimeAwayJson of(@Nullable TimeAway timeAway) {
			return (timeAway != null) ? new TimeAwayJson(timeAway.from(), timeAway.to()) : null;
		}

	}

	record ProfileResponse(UUID id, String displayName, String headline, String bio, List<String> skills,
			@Nullable String hourlyRate, String currency, boolean acceptingInvites, @Nullable TimeAwayJson timeAway,
			String portfolio, Instant updatedAt, ResponsivenessJson responsiveness) {
	}

	record ExpertItem(UUID id, String displayName, String headline, List<String> skills, @Nullable String hourlyRate,
			String currency, boolean acceptingInvites, @Nullable TimeAwayJson timeAway,
			ResponsivenessJson responsiveness, Instant updatedAt) {
	}

	/**
	 * How fast an expert answers invites and clients' messages; each {@code null} while
	 * there is too little to tell.
	 */
	record ResponsivenessJson(@Nullable InviteResponseJson inviteResponse,
			@Nullable InviteResponseJson messageResponse) {

		static ResponsivenessJson of(Responsiveness responsiveness) {
			ResponseBand band = responsiveness.inviteResponse();
			com.cadhire.profiles.MessageResponseBand messages = responsiveness.messageResponse();
			return new ResponsivenessJson((band != null) ? new InviteResponseJson(band.name(), band.label()) : null,
					(messages != null) ? new InviteResponseJson(messages.name(), messages.label()) : null);
		}

	}

	record InviteResponseJson(String band, String label) {
	}

}
