package com.cadhire.hiring.web;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Role;
import com.cadhire.common.ConflictException;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.JobId;
import com.cadhire.common.RateType;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.UserId;
import com.cadhire.hiring.Application;
import com.cadhire.hiring.ApplicationManagement.Applicant;
import com.cadhire.hiring.ApplicationManagement;
import com.cadhire.hiring.ApplicationStatus;
import com.cadhire.hiring.Invite;
import com.cadhire.hiring.InviteManagement;
import com.cadhire.jobs.Job;
import com.cadhire.jobs.JobManagement;
import com.cadhire.web.Confirmation;
import com.cadhire.web.Forms;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The job page. Its client sees the invites sent with their status and the applicants
 * with their terms; an expert sees the job and applies to a public one.
 */
@Controller
class JobPageController {

	private static final int LIST_SIZE = 100;

	/** Applications that closing the job closes. */
	private static final Set<ApplicationStatus> LIVE = EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
			ApplicationStatus.INTERVIEWING, ApplicationStatus.OFFERED);

	private final JobManagement jobs;

	private final InviteManagement invites;

	private final ApplicationManagement applications;

	private final HiringPages pages;

	private final MessageSource messages;

	JobPageController(JobManagement jobs, InviteManagement invites, ApplicationManagement applications,
			HiringPages pages, MessageSource messages) {
		this.jobs = jobs;
		this.invites = invites;
		this.applications = applications;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/jobs/{id}")
	String page(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
		Job job = this.jobs.visible(me.userId(), JobId.of(id));
		boolean owner = job.ownerId().equals(me.id());
		model.addAttribute("job", job);
		model.addAttribute("owner", owner);
		if (owner) {
			List<Invite> sent = this.invites.ofJob(me.userId(), JobId.of(id), null, LIST_SIZE).items();
			List<Applicant> applicants = this.applications.ofJob(me.userId(), JobId.of(id), null, LIST_SIZE).items();
			Set<UUID> people = new HashSet<>();
			sent.forEach((invite) -> people.add(invite.expertId()));
			applicants.forEach((applicant) -> people.add(applicant.application().expertId()));
			Map<UUID, String> names = this.pages.names(people);
			model.addAttribute("invites", sent);
			model.addAttribute("applicants",
					applicants.stream()
						.map((a) -> new ApplicantView(a.application(),
								names.getOrDefault(a.application().expertId(), ""), this.pages.view(a.terms())))
						.toList());
			model.addAttribute("names", names);
			if (job.isOpen()) {
				model.addAttribute("closeConfirmation",
						closeConfirmation(job, sent, applicants.stream().map(Applicant::application).toList()));
			}
		}
		else if (me.is(Role.EXPERT) && !model.containsAttribute("apply")) {
			ApplyForm apply = new ApplyForm();
			apply.setTerms(TermsForm.hourly(job.budgetAmount(), job.budgetCurrency()));
			if (job.rateType() == RateType.FIXED) {
				apply.getTerms().setRateType("FIXED");
				apply.getTerms().setWeeklyHourLimit(null);
			}
			model.addAttribute("apply", apply);
		}
		// what the viewer may do: decided by the domain, rendered as it is
		model.addAttribute("jobActions",
				this.jobs.actions(me.caller(), job).stream().map(Job.Action::apiName).toList());
		return "hiring/job";
	}

	/**
	 * The question before closing a job, with what closing does to its invites and
	 * applications: the page for browsers without JavaScript.
	 */
	@GetMapping("/jobs/{id}/close")
	String confirmClose(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
		Job job = this.jobs.visible(me.userId(), JobId.of(id));
		if (!job.ownerId().equals(me.id()) || !job.isOpen()) {
			return "redirect:/jobs/" + id;
		}
		List<Invite> sent = this.invites.ofJob(me.userId(), JobId.of(id), null, LIST_SIZE).items();
		List<Application> received = this.applications.ofJob(me.userId(), JobId.of(id), null, LIST_SIZE)
			.items()
			.stream()
			.map(Applicant::application)
			.toList();
		model.addAttribute("confirmation", closeConfirmation(job, sent, received));
		return "confirm";
	}

	private Confirmation closeConfirmation(Job job, List<Invite> sent, List<Application> received) {
		long pending = sent.stream().filter((invite) -> invite.status() == Invite.Status.PENDING).count();
		long open = received.stream().filter((application) -> LIVE.contains(application.status())).count();
		Locale locale = LocaleContextHolder.getLocale();
		String back = "/jobs/" + job.id();
		return new Confirmation("confirm-close",
				this.messages.getMessage("confirm.close.title", new Object[] { job.title() }, locale),
				List.of(this.messages.getMessage("confirm.close.invites", new Object[] { pending }, locale),
						this.messages.getMessage("confirm.close.applications", new Object[] { open }, locale),
						this.messages.getMessage("confirm.close.final", null, locale)),
				back + "/close", this.messages.getMessage("confirm.close.button", null, locale), "close-job-confirm",
				back, true);
	}

	/**
	 * The owner's lists (applicants and invites) alone, as the full page renders them,
	 * for the live refresh.
	 */
	@GetMapping("/jobs/{id}/lists")
	String lists(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
		Job job = this.jobs.visible(me.userId(), JobId.of(id));
		if (!job.ownerId().equals(me.id())) {
			throw new com.cadhire.common.NotFoundException("job");
		}
		page(me, id, model);
		return "hiring/job :: lists";
	}

	@PostMapping("/jobs/{id}/apply")
	ModelAndView apply(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@ModelAttribute("apply") ApplyForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				Application application = this.applications.apply(me.caller(), JobId.of(id), form.getCoverLetter(),
						form.getTerms().toTerms());
				return new ModelAndView("redirect:/applications/" + application.id());
			}
			catch (RuleViolationException ex) {
				Forms.reject(ex, result, model);
			}
			catch (ConflictException | ForbiddenException ex) {
				result.reject("conflict", ex.getMessage());
			}
		}
		form.getTerms().padMilestones();
		return InvitePageController.unprocessable(page(me, id, model), model);
	}

	/**
	 * An applicant as the job page lists them.
	 *
	 * @param application the application
	 * @param expertName the expert's name
	 * @param terms the current terms, if any
	 */
	record ApplicantView(Application application, String expertName, HiringPages.TermsView terms) {
	}

	/**
	 * An expert's direct application.
	 */
	public static class ApplyForm {

		private String coverLetter = "";

		private TermsForm terms = new TermsForm();

		public String getCoverLetter() {
			return this.coverLetter;
		}

		public void setCoverLetter(String coverLetter) {
			this.coverLetter = coverLetter;
		}

		public TermsForm getTerms() {
			return this.terms;
		}

		public void setTerms(TermsForm terms) {
			this.terms = terms;
		}

	}

}
