package com.cadhire.hiring.web;

import java.util.List;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Role;
import com.cadhire.common.ConflictException;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.InviteId;
import com.cadhire.common.JobId;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.UserId;
import com.cadhire.hiring.Invite;
import com.cadhire.hiring.InviteManagement.AcceptMode;
import com.cadhire.hiring.InviteManagement;
import com.cadhire.hiring.Terms;
import com.cadhire.jobs.Job;
import com.cadhire.jobs.JobManagement.JobSummary;
import com.cadhire.jobs.JobManagement;
import com.cadhire.web.Forms;
import com.cadhire.web.StaleActions;
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
 * Invites on pages: the client's invite form for an expert, and the invite page where the
 * expert accepts (as proposed, negotiating, or to chat first) or declines.
 */
@Controller
class InvitePageController {

	private final InviteManagement invites;

	private final JobManagement jobs;

	private final AccountManagement accounts;

	private final HiringPages pages;

	private final StaleActions stale;

	InvitePageController(InviteManagement invites, JobManagement jobs, AccountManagement accounts, HiringPages pages,
			StaleActions stale) {
		this.invites = invites;
		this.jobs = jobs;
		this.accounts = accounts;
		this.pages = pages;
		this.stale = stale;
	}

	// --- the client invites an expert

	@GetMapping("/experts/{expertId}/invite")
	String inviteForm(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID expertId,
			@RequestParam(required = false) java.math.@Nullable BigDecimal rate,
			@RequestParam(required = false) @Nullable UUID job, Model model) {
		HiringPages.requireRole(me, Role.CLIENT);
		InviteForm form = new InviteForm();
		form.setTerms(TermsForm.hourly(rate, null));
		form.setJobId(job);
		model.addAttribute("form", form);
		return inviteFormPage(me, expertId, model);
	}

	@PostMapping("/experts/{expertId}/invite")
	ModelAndView invite(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID expertId,
			@ModelAttribute("form") InviteForm form, BindingResult result, Model model) {
		HiringPages.requireRole(me, Role.CLIENT);
		if (form.getJobId() == null) {
			result.rejectValue("jobId", "required", "Choose the job you invite to.");
		}
		if (!result.hasErrors()) {
			try {
				Terms terms = form.isProposeTerms() ? form.getTerms().toTerms() : null;
				this.invites.send(me.caller(), JobId.of(form.getJobId()), UserId.of(expertId), form.getMessage(),
						terms);
				return new ModelAndView("redirect:/jobs/" + form.getJobId() + "?invited");
			}
			catch (RuleViolationException ex) {
				Forms.reject(ex, result, model, "proposedTerms.", "terms.");
			}
			catch (ConflictException ex) {
				Forms.reject(ex, result);
			}
		}
		form.getTerms().padMilestones();
		return unprocessable(inviteFormPage(me, expertId, model), model);
	}

	private String inviteFormPage(AuthenticatedUser me, UUID expertId, Model model) {
		AccountSummary expert = this.accounts.summary(UserId.of(expertId))
			.filter((account) -> account.role() == Role.EXPERT)
			.orElseThrow(() -> new NotFoundException("expert"));
		List<JobSummary> open = this.jobs.mine(me.userId(), null, 100)
			.items()
			.stream()
			.filter((job) -> job.status() == Job.Status.OPEN)
			.toList();
		model.addAttribute("expert", expert);
		model.addAttribute("openJobs", open);
		return "hiring/invite-form";
	}

	// --- the invite page

	@GetMapping("/invites/{id}")
	String invite(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
		Invite invite = this.invites.visible(me.userId(), InviteId.of(id));
		Terms proposed = this.invites.proposedTerms(invite);
		if (!model.containsAttribute("negotiate")) {
			NegotiateForm negotiate = new NegotiateForm();
			Job job = this.jobs.get(JobId.of(invite.jobId()));
			negotiate.setTerms((proposed != null) ? TermsForm.of(proposed)
					: TermsForm.hourly(job.budgetAmount(), job.budgetCurrency()));
			model.addAttribute("negotiate", negotiate);
		}
		if (!model.containsAttribute("accept")) {
			model.addAttribute("accept", new AcceptForm());
		}
		if (!model.containsAttribute("decline")) {
			model.addAttribute("decline", new DeclineForm());
		}
		model.addAttribute("invite", invite);
		model.addAttribute("job", this.jobs.get(JobId.of(invite.jobId())));
		model.addAttribute("proposed", this.pages.view(proposed));
		model.addAttribute("clientName", this.pages.name(invite.clientId()));
		model.addAttribute("expertName", this.pages.name(invite.expertId()));
		model.addAttribute("isExpert", invite.expertId().equals(me.id()));
		// what the viewer may do: decided by the domain, rendered as it is
		model.addAttribute("actions",
				this.invites.actions(me.userId(), invite).stream().map(Invite.Action::apiName).toList());
		model.addAttribute("reasons", Invite.DeclineReason.values());
		return "hiring/invite";
	}

	/**
	 * The invite's panel alone, as the full page renders it, for the live refresh.
	 */
	@GetMapping("/invites/{id}/panel")
	String invitePanel(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
		invite(me, id, model);
		return "hiring/invite :: panel";
	}

	@PostMapping("/invites/{id}/accept")
	ModelAndView accept(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@ModelAttribute("accept") AcceptForm form, BindingResult result, Model model) {
		try {
			InviteManagement.Accepted accepted = this.invites.accept(me.caller(), InviteId.of(id), form.getMode(), null,
					form.getCoverLetter());
			return new ModelAndView("redirect:/applications/" + accepted.applicationId()
					+ ((form.getMode() == AcceptMode.CHAT_FIRST) ? "#chat" : ""));
		}
		catch (RuleViolationException ex) {
			Forms.reject(ex, result, model);
		}
		catch (ConflictException | ForbiddenException ex) {
			model.addAttribute("actionError", explain("invite", ex));
		}
		model.addAttribute("failedForm", "accept");
		return unprocessable(invite(me, id, model), model);
	}

	@PostMapping("/invites/{id}/negotiate")
	ModelAndView negotiate(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@ModelAttribute("negotiate") NegotiateForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				InviteManagement.Accepted accepted = this.invites.accept(me.caller(), InviteId.of(id),
						AcceptMode.NEGOTIATE, form.getTerms().toTerms(), form.getCoverLetter());
				return new ModelAndView("redirect:/applications/" + accepted.applicationId());
			}
			catch (RuleViolationException ex) {
				Forms.reject(ex, result, model);
			}
			catch (ConflictException | ForbiddenException ex) {
				model.addAttribute("actionError", explain("invite", ex));
			}
		}
		form.getTerms().padMilestones();
		model.addAttribute("negotiateOpen", true);
		model.addAttribute("failedForm", "negotiate");
		return unprocessable(invite(me, id, model), model);
	}

	@PostMapping("/invites/{id}/decline")
	ModelAndView decline(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@ModelAttribute("decline") DeclineForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getReason() == null) {
			result.rejectValue("reason", "required", "Choose a reason.");
		}
		if (!result.hasErrors()) {
			try {
				this.invites.decline(me.caller(), InviteId.of(id), form.getReason(), form.getMessage());
				redirect.addFlashAttribute("notice", "invite.declined");
				return new ModelAndView("redirect:/my/job-applications?section=archive");
			}
			catch (RuleViolationException ex) {
				Forms.reject(ex, result, model);
			}
			catch (ConflictException | ForbiddenException ex) {
				model.addAttribute("actionError", explain("invite", ex));
			}
		}
		model.addAttribute("declineOpen", true);
		model.addAttribute("failedForm", "decline");
		return unprocessable(invite(me, id, model), model);
	}

	@PostMapping("/invites/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		Invite invite = this.invites.visible(me.userId(), InviteId.of(id));
		try {
			this.invites.withdraw(me.caller(), InviteId.of(id));
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("actionError", explain("invite", ex));
		}
		return "redirect:/jobs/" + invite.jobId();
	}

	static ModelAndView unprocessable(String view, Model model) {
		ModelAndView mav = new ModelAndView(view, model.asMap());
		mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return mav;
	}

	/**
	 * The client's invite.
	 */
	public static class InviteForm {

		private @Nullable UUID jobId;

		private String message = "";

		private boolean proposeTerms = true;

		private TermsForm terms = new TermsForm();

		public @Nullable UUID getJobId() {
			return this.jobId;
		}

		public void setJobId(@Nullable UUID jobId) {
			this.jobId = jobId;
		}

		public String getMessage() {
			return this.message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

		public boolean isProposeTerms() {
			return this.proposeTerms;
		}

		public void setProposeTerms(boolean proposeTerms) {
			this.proposeTerms = proposeTerms;
		}

		public TermsForm getTerms() {
			return this.terms;
		}

		public void setTerms(TermsForm terms) {
			this.terms = terms;
		}

	}

	/**
	 * Accepting as proposed, or to chat first.
	 */
	public static class AcceptForm {

		private AcceptMode mode = AcceptMode.AS_PROPOSED;

		private String coverLetter = "";

		public AcceptMode getMode() {
			return this.mode;
		}

		public void setMode(AcceptMode mode) {
			this.mode = mode;
		}

		public String getCoverLetter() {
			return this.coverLetter;
		}

		public void setCoverLetter(String coverLetter) {
			this.coverLetter = coverLetter;
		}

	}

	/**
	 * Accepting with the expert's own terms.
	 */
	public static class NegotiateForm {

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

	/**
	 * Declining, with a reason from the list and a message.
	 */
	public static class DeclineForm {

		private Invite.@Nullable DeclineReason reason;

		private String message = "";

		public Invite.@Nullable DeclineReason getReason() {
			return this.reason;
		}

		public void setReason(Invite.@Nullable DeclineReason reason) {
			this.reason = reason;
		}

		public String getMessage() {
			return this.message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

	}

	/** A refused action, explained in the words of the pages. */
	private String explain(String subject, RuntimeException ex) {
		return (ex instanceof ConflictException conflict) ? this.stale.explain(subject, conflict)
				: String.valueOf(ex.getMessage());
	}

}
