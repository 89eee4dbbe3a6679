package com.cadhire.profiles.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Role;
import com.cadhire.common.ConflictException;
import com.cadhire.common.Cursor;
import com.cadhire.common.FeeSettings;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.UserId;
import com.cadhire.profiles.DirectoryEntry;
import com.cadhire.profiles.ExpertDirectory;
import com.cadhire.profiles.ExpertProfile;
import com.cadhire.profiles.ProfileManagement;
import com.cadhire.profiles.PublicProfile;
import com.cadhire.profiles.SkillCatalogue;
import com.cadhire.profiles.TimeAway;
import com.cadhire.web.Forms;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Profiles on pages: the expert edits their profile beside a preview of the public one;
 * clients search the directory (text and skill) and open a public profile to invite.
 */
@Controller
class ProfilePageController {

	private final ProfileManagement profiles;

	private final ExpertDirectory directory;

	private final FeeSettings fees;

	ProfilePageController(ProfileManagement profiles, ExpertDirectory directory, FeeSettings fees) {
		this.profiles = profiles;
		this.directory = directory;
		this.fees = fees;
	}

	@GetMapping("/profile")
	String edit(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
		requireExpert(me);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProfileForm.of(this.profiles.profileOf(me.userId())));
		}
		return editPage(me, model);
	}

	@PostMapping("/profile")
	ModelAndView save(@AuthenticationPrincipal AuthenticatedUser me, @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		requireExpert(me);
		if (!result.hasErrors()) {
			try {
				TimeAway away = (form.getAwayFrom() != null && form.getAwayTo() != null)
						? new TimeAway(form.getAwayFrom(), form.getAwayTo()) : null;
				if (away == null && (form.getAwayFrom() != null || form.getAwayTo() != null)) {
					result.rejectValue((form.getAwayFrom() == null) ? "awayFrom" : "awayTo", "required",
							"Give both the first and the last day away.");
				}
				else {
					this.profiles.save(me.userId(), form.details(), away);
					redirect.addFlashAttribute("notice", "profile.saved");
					return new ModelAndView("redirect:/profile");
				}
			}
			catch (RuleViolationException ex) {
				Forms.reject(ex, result, model, "timeAway.from", "awayFrom", "timeAway.to", "awayTo", "timeAway",
						"awayFrom", "from", "awayFrom", "to", "awayTo");
			}
			catch (ConflictException | ForbiddenException ex) {
				result.reject("conflict", ex.getMessage());
			}
		}
		ModelAndView mav = new ModelAndView(editPage(me, model), model.asMap());
		mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return mav;
	}

	private String editPage(AuthenticatedUser me, Model model) {
		PublicProfile preview = this.profiles.publicProfile(me.userId())
			.orElseThrow(() -> new NotFoundException("page"));
		model.addAttribute("preview", preview);
		model.addAttribute("expertId", me.id());
		model.addAttribute("currency", this.fees.currency());
		model.addAttribute("catalogue", SkillCatalogue.all());
		return "profiles/edit";
	}

	@GetMapping("/experts")
	String directory(@AuthenticationPrincipal AuthenticatedUser me, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String skill,
			@RequestParam(required = false) @Nullable String cursor, HtmxRequest htmx, Model model) {
		Page<DirectoryEntry> page;
		try {
			page = this.directory.search(q, (skill != null && !skill.isBlank()) ? List.of(skill) : List.of(),
					Cursor.decode(cursor), 20);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("searchError", ex.getMessage());
			page = new Page<>(List.of(), null);
		}
		model.addAttribute("experts", page.items());
		model.addAttribute("nextCursor", page.nextCursor());
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("skill", (skill != null) ? skill : "");
		model.addAttribute("catalogue", SkillCatalogue.all());
		model.addAttribute("currency", this.fees.currency());
		model.addAttribute("canInvite", me.is(Role.CLIENT));
		return (htmx.isHtmxRequest() && !htmx.isBoosted() && !htmx.isHistoryRestoreRequest())
				? "profiles/directory :: results" : "profiles/directory";
	}

	@GetMapping("/experts/{id}")
	String publicProfile(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
		PublicProfile profile = this.profiles.publicProfile(UserId.of(id))
			.orElseThrow(() -> new NotFoundException("expert"));
		model.addAttribute("preview", profile);
		model.addAttribute("expertId", id);
		model.addAttribute("currency", this.fees.currency());
		model.addAttribute("canInvite", me.is(Role.CLIENT));
		return "profiles/public";
	}

	private static void requireExpert(AuthenticatedUser me) {
		if (!me.is(Role.EXPERT)) {
			throw new NotFoundException("page");
		}
	}

	/**
	 * What the profile form sends.
	 */
	public static class ProfileForm {

		private String headline = "";

		private String bio = "";

		private String skills = "";

		private @Nullable BigDecimal hourlyRate;

		private boolean acceptingInvites = true;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate awayFrom;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate awayTo;

		private String portfolio = "";

		static ProfileForm of(ExpertProfile profile) {
			ProfileForm form = new ProfileForm();
			form.headline = profile.headline();
			form.bio = profile.bio();
			form.skills = String.join(", ", profile.skills().stream().map(SkillCatalogue::nameOf).toList());
			form.hourlyRate = profile.hourlyRate();
			form.acceptingInvites = profile.acceptingInvites();
			if (profile.timeAway() != null) {
				form.awayFrom = profile.timeAway().from();
				form.awayTo = profile.timeAway().to();
			}
			form.portfolio = profile.portfolio();
			return form;
		}

		ExpertProfile.Details details() {
			List<String> list = Arrays.stream(this.skills.split(","))
				.map(String::strip)
				.filter((s) -> !s.isEmpty())
				.toList();
			return new ExpertProfile.Details(this.headline, this.bio, list, this.hourlyRate, this.acceptingInvites,
					this.portfolio);
		}

		public String getHeadline() {
			return this.headline;
		}

		public void setHeadline(String headline) {
			this.headline = headline;
		}

		public String getBio() {
			return this.bio;
		}

		public void setBio(String bio) {
			this.bio = bio;
		}

		public String getSkills() {
			return this.skills;
		}

		public void setSkills(String skills) {
			this.skills = skills;
		}

		public @Nullable BigDecimal getHourlyRate() {
			return this.hourlyRate;
		}

		public void setHourlyRate(@Nullable BigDecimal hourlyRate) {
			this.hourlyRate = hourlyRate;
		}

		public boolean isAcceptingInvites() {
			return this.acceptingInvites;
		}

		public void setAcceptingInvites(boolean acceptingInvites) {
			this.acceptingInvites = acceptingInvites;
		}

		public @Nullable LocalDate getAwayFrom() {
			return this.awayFrom;
		}

		public void setAwayFrom(@Nullable LocalDate awayFrom) {
			this.awayFrom = awayFrom;
		}

		public @Nullable LocalDate getAwayTo() {
			return this.awayTo;
		}

		public void setAwayTo(@Nullable LocalDate awayTo) {
			this.awayTo = awayTo;
		}

		public String getPortfolio() {
			return this.portfolio;
		}

		public void setPortfolio(String portfolio) {
			this.portfolio = portfolio;
		}

	}

}
