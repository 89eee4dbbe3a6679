package com.cadhire.hiring.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.chat.Timelines.Timeline;
import com.cadhire.chat.Timelines;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.ConflictException;
import com.cadhire.common.ContractId;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.JobId;
import com.cadhire.common.OfferId;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.UserId;
import com.cadhire.hiring.Application;
import com.cadhire.hiring.ApplicationAction;
import com.cadhire.hiring.ApplicationDeclineReason;
import com.cadhire.hiring.ApplicationManagement;
import com.cadhire.hiring.Offer;
import com.cadhire.hiring.OfferManagement;
import com.cadhire.hiring.TermsVersion;
import com.cadhire.hiring.web.ApplicationForms.ChangesForm;
import com.cadhire.hiring.web.ApplicationForms.DeclineForm;
import com.cadhire.hiring.web.ApplicationForms.ModifyForm;
import com.cadhire.hiring.web.ApplicationForms.OfferForm;
import com.cadhire.hiring.web.ApplicationForms.ProposalForm;
import com.cadhire.hiring.web.ApplicationForms.ReplyForm;
import com.cadhire.jobs.JobManagement;
import com.cadhire.web.Forms;
import com.cadhire.web.StaleActions;
import org.jspecify.annotations.Nullable;

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
 * The application page, which is also the interview: the chat beside the terms panel with
 * the negotiation history and the actions that fit the viewer and the state.
 */
@Controller
class ApplicationPageController {

	private final ApplicationManagement applications;

	private final OfferManagement offers;

	private final JobManagement jobs;

	private final Timelines timelines;

	private final HiringPages pages;

	private final StaleActions stale;

	ApplicationPageController(ApplicationManagement applications, OfferManagement offers, JobManagement jobs,
			Timelines timelines, HiringPages pages, StaleActions stale) {
		this.applications = applications;
		this.offers = offers;
		this.jobs = jobs;
		this.timelines = timelines;
		this.pages = pages;
		this.stale = stale;
	}

	@GetMapping("/applications/{id}")
	String page(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable Long from, Model model) {
		fill(me, id, from, model, true);
		return "hiring/application";
	}

	/**
	 * One part of the page, as the full page renders it, for the live refresh: the head
	 * (status and contract banner), the intro (the reply form, then the chat once it
	 * opened) or the panel (offer, terms, actions, history).
	 */
	@GetMapping("/applications/{id}/live")
	String live(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, @RequestParam String part,
			Model model) {
		String fragment = switch (part) {
			case "head", "intro" -> part;
			default -> "panel";
		};
		fill(me, id, null, model, fragment.equals("intro"));
		return "hiring/application :: " + fragment;
	}

	private void fill(AuthenticatedUser me, UUID id, @Nullable Long from, Model model, boolean withTimeline) {
		Application application = this.applications.visible(me.userId(), ApplicationId.of(id));
		List<TermsVersion> history = this.applications.termsHistory(ApplicationId.of(id));
		TermsVersion current = history.stream()
			.filter((v) -> v.version() == application.termsVersion())
			.findFirst()
			.orElse(null);
		boolean isExpert = application.expertId().equals(me.id());
		boolean isClient = application.clientId().equals(me.id());
		Offer offer = this.applications.latestOffer(ApplicationId.of(id)).orElse(null);

		model.addAttribute("app", application);
		model.addAttribute("job", this.jobs.get(JobId.of(application.jobId())));
		model.addAttribute("clientName", this.pages.name(application.clientId()));
		model.addAttribute("expertName", this.pages.name(application.expertId()));
		model.addAttribute("isExpert", isExpert);
		model.addAttribute("isClient", isClient);
		model.addAttribute("history", this.pages.history(history, application.termsVersion()));
		model.addAttribute("current",
				(current != null) ? this.pages.history(List.of(current), current.version()).get(0) : null);
		model.addAttribute("offer", offer);
		model.addAttribute("offerTerms", (offer != null) ? this.pages.view(this.offers.terms(offer)) : null);
		// what the viewer may do: decided by the domain, rendered as it is
		model.addAttribute("actions", names(this.applications.actions(me.userId(), application)));
		model.addAttribute("offerActions",
				(offer != null) ? offerNames(this.offers.actions(me.userId(), offer)) : Set.<String>of());
		model.addAttribute("panelState", application.status() + "-" + application.termsVersion() + "-"
				+ ((offer != null) ? offer.id() + "-" + offer.offerVersion() + "-" + offer.status() : "none"));
		model.addAttribute("declineReasons", ApplicationDeclineReason.values());
		if (!model.containsAttribute("proposal")) {
			ProposalForm proposal = new ProposalForm();
			proposal.setBasedOnVersion(application.termsVersion());
			proposal.setTerms((current != null) ? TermsForm.of(current.terms())
					: TermsForm.hourly(this.jobs.get(JobId.of(application.jobId())).budgetAmount(),
							this.jobs.get(JobId.of(application.jobId())).budgetCurrency()));
			model.addAttribute("proposal", proposal);
		}
		if (!model.containsAttribute("offerForm")) {
			OfferForm offerForm = new OfferForm();
			offerForm.setBasedOnVersion(application.termsVersion());
			model.addAttribute("offerForm", offerForm);
		}
		if (!model.containsAttribute("declineForm")) {
			model.addAttribute("declineForm", new DeclineForm());
		}
		if (!model.containsAttribute("replyForm")) {
			model.addAttribute("replyForm", new ReplyForm());
		}
		TermsForm offered = (offer != null) ? TermsForm.of(this.offers.terms(offer)) : null;
		if (!model.containsAttribute("changesForm")) {
			ChangesForm changes = new ChangesForm();
			if (offered != null) {
				changes.setCounter(offered);
			}
			model.addAttribute("changesForm", changes);
		}
		if (!model.containsAttribute("modifyForm")) {
			ModifyForm modify = new ModifyForm();
			modify.setBasedOnVersion(application.termsVersion());
			if (offer != null) {
				modify.setMessage(offer.message());
			}
			if (offered != null) {
				modify.setNewTerms(offered);
			}
			model.addAttribute("modifyForm", modify);
		}
		if (!model.containsAttribute("coverLetterForm")) {
			ReplyForm cover = new ReplyForm();
			cover.setMessage(application.coverLetter());
			model.addAttribute("coverLetterForm", cover);
		}
		if (withTimeline && application.conversationId() != null) {
			Timeline timeline = this.timelines.window(application.conversationId(), me.id(), from);
			this.timelines.seen(application.conversationId(), me.id(), timeline.lastSeq());
			model.addAttribute("timeline", timeline);
			model.addAttribute("meId", me.id());
			model.addAttribute("clientMessageId", UUID.randomUUID().toString());
		}
	}

	@PostMapping("/applications/{id}/terms")
	ModelAndView propose(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@ModelAttribute("proposal") ProposalForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				this.applications.proposeTerms(me.caller(), ApplicationId.of(id), form.getBasedOnVersion(),
						form.getTerms().toTerms());
				return new ModelAndView("redirect:/applications/" + id + "#terms");
			}
			catch (RuleViolationException ex) {
				Forms.reject(ex, result, model);
			}
			catch (ConflictException | ForbiddenException ex) {
				model.addAttribute("actionError", explain("application", ex));
			}
		}
		form.getTerms().padMilestones();
		model.addAttribute("proposeOpen", true);
		model.addAttribute("failedForm", "propose");
		return InvitePageController.unprocessable(page(me, id, null, model), model);
	}

	@PostMapping("/applications/{id}/submit")
	String submit(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "application.submitted",
				() -> this.applications.submit(me.caller(), ApplicationId.of(id)));
	}

	@PostMapping("/applications/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "application.withdrawn",
				() -> this.applications.withdraw(me.caller(), ApplicationId.of(id)));
	}

	@PostMapping("/applications/{id}/reply")
	ModelAndView reply(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@ModelAttribute("replyForm") ReplyForm form, BindingResult result, Model model) {
		try {
			this.applications.reply(me.caller(), ApplicationId.of(id), form.getMessage());
			return new ModelAndView("redirect:/applications/" + id + "#chat");
		}
		catch (RuleViolationException ex) {
			Forms.reject(ex, result, model, "body", "message");
		}
		catch (ConflictException | ForbiddenException ex) {
			model.addAttribute("actionError", explain("application", ex));
		}
		model.addAttribute("failedForm", "reply");
		return InvitePageController.unprocessable(page(me, id, null, model), model);
	}

	@PostMapping("/applications/{id}/decline")
	ModelAndView decline(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@ModelAttribute("declineForm") DeclineForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getReason() == null) {
			result.rejectValue("reason", "required", "Choose a reason.");
		}
		if (!result.hasErrors()) {
			try {
				Application application = this.applications.decline(me.caller(), ApplicationId.of(id), form.getReason(),
						form.getMessage());
				redirect.addFlashAttribute("notice", "application.declined");
				return new ModelAndView("redirect:/jobs/" + application.jobId());
			}
			catch (RuleViolationException ex) {
				Forms.reject(ex, result, model);
			}
			catch (ConflictException | ForbiddenException ex) {
				model.addAttribute("actionError", explain("application", ex));
			}
		}
		model.addAttribute("declineOpen", true);
		model.addAttribute("failedForm", "decline");
		return InvitePageController.unprocessable(page(me, id, null, model), model);
	}

	@PostMapping("/applications/{id}/offers")
	ModelAndView offer(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@ModelAttribute("offerForm") OfferForm form, BindingResult result, Model model) {
		try {
			this.offers.send(me.caller(), ApplicationId.of(id), form.getBasedOnVersion(), null, form.getMessage());
			return new ModelAndView("redirect:/applications/" + id + "#terms");
		}
		catch (RuleViolationException ex) {
			Forms.reject(ex, result, model);
		}
		catch (ConflictException | ForbiddenException ex) {
			model.addAttribute("actionError", explain("application", ex));
		}
		model.addAttribute("failedForm", "offer");
		return InvitePageController.unprocessable(page(me, id, null, model), model);
	}

	@PostMapping("/offers/{offerId}/accept")
	String acceptOffer(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID offerId,
			@RequestParam int version, RedirectAttributes redirect) {
		Offer offer = this.offers.visible(me.userId(), OfferId.of(offerId));
		try {
			ContractId contractId = this.offers.accept(me.caller(), OfferId.of(offerId), version);
			redirect.addFlashAttribute("notice", "offer.accepted");
			return "redirect:/contracts/" + contractId;
		}
		catch (ConflictException | ForbiddenException | RuleViolationException ex) {
			redirect.addFlashAttribute("actionError", explain("offer", ex));
			return "redirect:/applications/" + offer.applicationId() + "#terms";
		}
	}

	@PostMapping("/offers/{offerId}/request-changes")
	ModelAndView requestChanges(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID offerId,
			@ModelAttribute("changesForm") ChangesForm form, BindingResult result, Model model) {
		Offer offer = this.offers.visible(me.userId(), OfferId.of(offerId));
		if (!result.hasErrors()) {
			try {
				this.offers.requestChanges(me.caller(), OfferId.of(offerId),
						form.isProposeTerms() ? form.getCounter().toTerms() : null, form.getMessage());
				return new ModelAndView("redirect:/applications/" + offer.applicationId() + "#terms");
			}
			catch (RuleViolationException ex) {
				Forms.reject(ex, result, model, "terms.", "counter.");
			}
			catch (ConflictException | ForbiddenException ex) {
				model.addAttribute("actionError", explain("offer", ex));
			}
		}
		form.getCounter().padMilestones();
		model.addAttribute("changesOpen", true);
		model.addAttribute("failedForm", "changes");
		return InvitePageController.unprocessable(page(me, offer.applicationId(), null, model), model);
	}

	@PostMapping("/offers/{offerId}/modify")
	ModelAndView modifyOffer(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID offerId,
			@ModelAttribute("modifyForm") ModifyForm form, BindingResult result, Model model) {
		Offer offer = this.offers.visible(me.userId(), OfferId.of(offerId));
		if (!result.hasErrors()) {
			try {
				this.offers.modify(me.caller(), OfferId.of(offerId), form.getBasedOnVersion(),
						form.isProposeTerms() ? form.getNewTerms().toTerms() : null, form.getMessage());
				return new ModelAndView("redirect:/applications/" + offer.applicationId() + "#offer");
			}
			catch (RuleViolationException ex) {
				Forms.reject(ex, result, model, "terms.", "newTerms.");
			}
			catch (ConflictException | ForbiddenException ex) {
				model.addAttribute("actionError", explain("offer", ex));
			}
		}
		form.getNewTerms().padMilestones();
		model.addAttribute("modifyOpen", true);
		model.addAttribute("failedForm", "modify");
		return InvitePageController.unprocessable(page(me, offer.applicationId(), null, model), model);
	}

	@PostMapping("/applications/{id}/cover-letter")
	ModelAndView editCoverLetter(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@ModelAttribute("coverLetterForm") ReplyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.applications.editCoverLetter(me.caller(), ApplicationId.of(id), form.getMessage());
			redirect.addFlashAttribute("notice", "application.coverLetterSaved");
			return new ModelAndView("redirect:/applications/" + id);
		}
		catch (RuleViolationException ex) {
			Forms.reject(ex, result, model, "coverLetter", "message");
		}
		catch (ConflictException | ForbiddenException ex) {
			model.addAttribute("actionError", explain("application", ex));
		}
		model.addAttribute("coverLetterOpen", true);
		model.addAttribute("failedForm", "coverLetter");
		return InvitePageController.unprocessable(page(me, id, null, model), model);
	}

	@PostMapping("/offers/{offerId}/cancel")
	String cancelOffer(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID offerId,
			RedirectAttributes redirect) {
		Offer offer = this.offers.visible(me.userId(), OfferId.of(offerId));
		return act(offer.applicationId(), redirect, "offer.cancelled",
				() -> this.offers.cancel(me.caller(), OfferId.of(offerId)));
	}

	static Set<String> names(List<ApplicationAction> actions) {
		Set<String> names = new LinkedHashSet<>();
		actions.forEach((a) -> names.add(a.apiName()));
		return names;
	}

	static Set<String> offerNames(List<Offer.Action> actions) {
		Set<String> names = new LinkedHashSet<>();
		actions.forEach((a) -> names.add(a.apiName()));
		return names;
	}

	private String act(UUID applicationId, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ConflictException | ForbiddenException | RuleViolationException ex) {
			redirect.addFlashAttribute("actionError", explain("offer", ex));
		}
		return "redirect:/applications/" + applicationId;
	}

	/** A refused action, explained in the words of the pages. */
	private String explain(String subject, RuntimeException ex) {
		return (ex instanceof ConflictException conflict) ? this.stale.explain(subject, conflict)
				: String.valueOf(ex.getMessage());
	}

}
