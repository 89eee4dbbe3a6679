package com.cadhire.jobs.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Role;
import com.cadhire.common.ConflictException;
import com.cadhire.common.Cursor;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.JobId;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.RateType;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.UserId;
import com.cadhire.jobs.Job;
import com.cadhire.jobs.JobDraft;
import com.cadhire.jobs.JobManagement.JobSummary;
import com.cadhire.jobs.JobManagement;
import com.cadhire.web.Forms;
import org.jspecify.annotations.Nullable;

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
 * Job posts on pages: a client posts a job, lists and closes their jobs; experts browse
 * the public open jobs. The job page itself (with invites and applicants) is hiring's.
 */
@Controller
class JobPostPageController {

	private static final int PAGE_SIZE = 20;

	private final JobManagement jobs;

	JobPostPageController(JobManagement jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/jobs/new")
	String form(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
		requireClient(me);
		model.addAttribute("form", new JobForm());
		model.addAttribute("currencies", currencies());
		return "jobs/new";
	}

	@PostMapping("/jobs")
	ModelAndView post(@AuthenticationPrincipal AuthenticatedUser me, @ModelAttribute("form") JobForm form,
			BindingResult result, Model model) {
		requireClient(me);
		// a missing or unreadable budget is reported together with every other problem of
		// the form (the domain checks all fields at once)
		if (result.getErrorCount() == result.getFieldErrorCount("budget")) {
			try {
				Job job = this.jobs.post(me.caller(),
						new JobDraft(form.getTitle(), form.getDescription(), form.skillList(), form.getRateType(),
								form.getBudget(), form.getCurrency(), form.getVisibility()));
				return new ModelAndView("redirect:/jobs/" + job.id() + "?posted");
			}
			catch (RuleViolationException ex) {
				Forms.reject(ex, result, model, "budget.amount", "budget", "budgetAmount", "budget", "budget.currency",
						"currency", "budgetCurrency", "currency");
			}
			catch (ConflictException | ForbiddenException ex) {
				result.reject("conflict", ex.getMessage());
			}
		}
		model.addAttribute("currencies", currencies());
		ModelAndView mav = new ModelAndView("jobs/new", model.asMap());
		mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return mav;
	}

	@GetMapping("/jobs/mine")
	String mine(@AuthenticationPrincipal AuthenticatedUser me, @RequestParam(required = false) @Nullable String cursor,
			Model model) {
		requireClient(me);
		Page<JobSummary> page = this.jobs.mine(me.userId(), decode(cursor), PAGE_SIZE);
		model.addAttribute("jobs", page.items());
		model.addAttribute("nextCursor", page.nextCursor());
		return "jobs/mine";
	}

	@GetMapping("/jobs")
	String open(@AuthenticationPrincipal AuthenticatedUser me, @RequestParam(required = false) @Nullable String cursor,
			Model model) {
		Page<JobSummary> page = this.jobs.publicOpen(decode(cursor), PAGE_SIZE);
		model.addAttribute("jobs", page.items());
		model.addAttribute("nextCursor", page.nextCursor());
		return "jobs/open";
	}

	@PostMapping("/jobs/{id}/close")
	String close(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.jobs.close(me.caller(), JobId.of(id));
			redirect.addFlashAttribute("notice", "job.closed");
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		return "redirect:/jobs/" + id;
	}

	private static @Nullable Cursor decode(@Nullable String cursor) {
		try {
			return Cursor.decode(cursor);
		}
		catch (RuleViolationException ex) {
			throw new NotFoundException("page");
		}
	}

	private static void requireClient(AuthenticatedUser me) {
		if (!me.is(Role.CLIENT)) {
			throw new NotFoundException("page");
		}
	}

	private static List<String> currencies() {
		return JobManagement.CURRENCIES.stream()
			.sorted((a, b) -> "USD".equals(a) ? -1 : "USD".equals(b) ? 1 : a.compareTo(b))
			.toList();
	}

	/**
	 * What the job form sends.
	 */
	public static class JobForm {

		private String title = "";

		private String description = "";

		private String skills = "";

		private RateType rateType = RateType.HOURLY;

		private @Nullable BigDecimal budget;

		private String currency = "USD";

		private Job.Visibility visibility = Job.Visibility.PUBLIC;

		List<String> skillList() {
			return Arrays.stream(this.skills.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getSkills() {
			return this.skills;
		}

		public void setSkills(String skills) {
			this.skills = skills;
		}

		public RateType getRateType() {
			return this.rateType;
		}

		public void setRateType(RateType rateType) {
			this.rateType = rateType;
		}

		public @Nullable BigDecimal getBudget() {
			return this.budget;
		}

		public void setBudget(@Nullable BigDecimal budget) {
			this.budget = budget;
		}

		public String getCurrency() {
			return this.currency;
		}

		public void setCurrency(String currency) {
			this.currency = currency;
		}

		public Job.Visibility getVisibility() {
			return this.visibility;
		}

		public void setVisibility(Job.Visibility visibility) {
			this.visibility = visibility;
		}

	}

}
