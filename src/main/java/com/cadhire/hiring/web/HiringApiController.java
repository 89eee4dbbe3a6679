package com.cadhire.hiring.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.accounts.AuthenticatedUser;
import com.cadhire.accounts.Role;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.Cursor;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.InviteId;
import com.cadhire.common.JobId;
import com.cadhire.common.OfferId;
import com.cadhire.common.Page;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.UserId;
import com.cadhire.hiring.Application;
import com.cadhire.hiring.ApplicationAction;
import com.cadhire.hiring.ApplicationDeclineReason;
import com.cadhire.hiring.ApplicationManagement.Applicant;
import com.cadhire.hiring.ApplicationManagement;
import com.cadhire.hiring.ApplicationStatus;
import com.cadhire.hiring.ExpertAvailability;
import com.cadhire.hiring.Invite;
import com.cadhire.hiring.InviteManagement;
import com.cadhire.hiring.MyJobApplications;
import com.cadhire.hiring.Offer;
import com.cadhire.hiring.OfferManagement;
import com.cadhire.hiring.Terms;
import com.cadhire.hiring.TermsVersion;
import com.cadhire.hiring.web.HiringViews.ApplicationJson;
import com.cadhire.hiring.web.HiringViews.InviteJson;
import com.cadhire.hiring.web.HiringViews.OfferJson;
import com.cadhire.hiring.web.HiringViews.TermsJson;
import com.cadhire.hiring.web.TermsCheck.CarriesTerms;
import com.cadhire.jobs.JobManagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hiring funnel over the JSON API: invites, applications, terms, offers, and the
 * expert's "My job applications".
 */
@RestController
@RequestMapping("/api/v1")
class HiringApiController {

	private final InviteManagement invites;

	private final ApplicationManagement applications;

	private final OfferManagement offers;

	private final MyJobApplications myJobApplications;

	private final JobManagement jobs;

	private final HiringViews views;

	private final ExpertAvailability availability;

	HiringApiController(InviteManagement invites, ApplicationManagement applications, OfferManagement offers,
			MyJobApplications myJobApplications, JobManagement jobs, HiringViews views,
			ExpertAvailability availability) {
		this.availability = availability;
		this.invites = invites;
		this.applications = applications;
		this.offers = offers;
		this.myJobApplications = myJobApplications;
		this.jobs = jobs;
		this.views = views;
	}

	/**
	 * When a request that carries terms already fails bean validation (a missing field, a
	 * text too long), the terms' own rules are checked too and added to the same answer,
	 * so that every problem comes at once. Terms that alone break a rule are left to the
	 * domain, which answers them as {@code invalid-terms}.
	 */
	@InitBinder
	void alsoCheckTerms(WebDataBinder binder) {
		if (binder.getTarget() instanceof CarriesTerms) {
			binder.addValidators(new TermsCheck(this.applications));
		}
	}

	// --- invites
	// --------------------------------------------------------------------------

	@PostMapping("/jobs/{jobId}/invites")
	ResponseEntity<SentInviteJson> invite(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID jobId,
			@Valid @RequestBody InviteRequest request) {
		Invite invite = this.invites.send(me.caller(), JobId.of(jobId), UserId.of(request.expertId()),
				nullToEmpty(request.message()), request.proposedTerms());
		ExpertAvailability.TimeAway away = this.availability.currentTimeAway(request.expertId()).orElse(null);
		return ResponseEntity.created(URI.create("/api/v1/invites/" + invite.id()))
			.body(new SentInviteJson(inviteJson(me, invite), away));
	}

	/**
	 * A sent invite; {@code expertAway} tells the client the expert declared time away
	 * that covers today, so the answer may take a while.
	 *
	 * @param invite the invite
	 * @param expertAway the expert's current time away ({@code from}, {@code to}), or
	 * {@code null}
	 */
	record SentInviteJson(@com.fasterxml.jackson.annotation.JsonUnwrapped InviteJson invite,
			ExpertAvailability.@Nullable TimeAway expertAway) {
	}

	@GetMapping("/jobs/{jobId}/invites")
	Page<InviteJson> jobInvites(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID jobId,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		return this.invites.ofJob(me.userId(), JobId.of(jobId), Cursor.decode(cursor), Cursor.limit(limit))
			.map((invite) -> this.views.invite(invite, this.invites.proposedTerms(invite), null,
					this.invites.actions(me.userId(), invite)));
	}

	@GetMapping("/invites/{id}")
	InviteJson getInvite(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return inviteJson(me, this.invites.visible(me.userId(), InviteId.of(id)));
	}

	@PostMapping("/invites/{id}/accept")
	InviteManagement.Accepted accept(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody AcceptRequest request) {
		return this.invites.accept(me.caller(), InviteId.of(id), request.mode(), request.terms(),
				nullToEmpty(request.coverLetter()));
	}

	@PostMapping("/invites/{id}/decline")
	InviteJson declineInvite(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody DeclineInviteRequest request) {
		return inviteJson(me,
				this.invites.decline(me.caller(), InviteId.of(id), request.reason(), nullToEmpty(request.message())));
	}

	@PostMapping("/invites/{id}/withdraw")
	InviteJson withdrawInvite(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return inviteJson(me, this.invites.withdraw(me.caller(), InviteId.of(id)));
	}

	// --- my job applications
	// ------------------------------------------------------------

	@GetMapping("/me/job-applications")
	Object myJobApplications(@AuthenticationPrincipal AuthenticatedUser me,
			@RequestParam(required = false) @Nullable String section,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		if (!me.is(Role.EXPERT)) {
			throw new ForbiddenException(
					"My job applications is the expert's view; clients see what they sent and received at /api/v1/jobs/{id}/invites and /api/v1/jobs/{id}/applications.");
		}
		int size = Cursor.limit(limit);
		if (section == null) {
			if (cursor != null) {
				throw RuleViolationException.field("section", "Name the section the cursor belongs to.");
			}
			return this.myJobApplications.overview(me.id(), size);
		}
		return this.myJobApplications.page(MyJobApplications.section(section), me.id(), Cursor.decode(cursor), size);
	}

	// --- applications
	// -------------------------------------------------------------------

	@PostMapping("/jobs/{jobId}/applications")
	ResponseEntity<ApplicationJson> apply(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID jobId,
			@Valid @RequestBody ApplyRequest request) {
		Application application = this.applications.apply(me.caller(), JobId.of(jobId),
				nullToEmpty(request.coverLetter()), request.terms());
		return ResponseEntity.created(URI.create("/api/v1/applications/" + application.id()))
			.body(applicationJson(me, application.id()));
	}

	@GetMapping("/jobs/{jobId}/applications")
	Page<ApplicantJson> jobApplications(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID jobId,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		return this.applications.ofJob(me.userId(), JobId.of(jobId), Cursor.decode(cursor), Cursor.limit(limit))
			.map((applicant) -> applicant(me, applicant));
	}

	@GetMapping("/applications/{id}")
	ApplicationJson getApplication(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		return applicationJson(me, id);
	}

	@PostMapping("/applications/{id}/terms")
	@ResponseStatus(HttpStatus.CREATED)
	TermsJson proposeTerms(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody ProposeTermsRequest request) {
		TermsVersion version = this.applications.proposeTerms(me.caller(), ApplicationId.of(id),
				request.basedOnVersion(), request.terms());
		return this.views.version(version, null);
	}

	@PostMapping("/applications/{id}/cover-letter")
	ApplicationJson editCoverLetter(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody CoverLetterRequest request) {
		this.applications.editCoverLetter(me.caller(), ApplicationId.of(id), request.coverLetter());
		return applicationJson(me, id);
	}

	@PostMapping("/applications/{id}/submit")
	ApplicationJson submit(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		this.applications.submit(me.caller(), ApplicationId.of(id));
		return applicationJson(me, id);
	}

	@PostMapping("/applications/{id}/withdraw")
	ApplicationJson withdraw(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		this.applications.withdraw(me.caller(), ApplicationId.of(id));
		return applicationJson(me, id);
	}

	@PostMapping("/applications/{id}/decline")
	ApplicationJson decline(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody DeclineApplicationRequest request) {
		this.applications.decline(me.caller(), ApplicationId.of(id), request.reason(), nullToEmpty(request.message()));
		return applicationJson(me, id);
	}

	@PostMapping("/applications/{id}/reply")
	ApplicationJson reply(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody ReplyRequest request) {
		this.applications.reply(me.caller(), ApplicationId.of(id), request.body());
		return applicationJson(me, id);
	}

	// --- offers
	// -------------------------------------------------------------------------

	@PostMapping("/applications/{id}/offers")
	ResponseEntity<OfferJson> sendOffer(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody OfferRequest request) {
		Offer offer = this.offers.send(me.caller(), ApplicationId.of(id), request.basedOnVersion(), request.terms(),
				nullToEmpty(request.message()));
		return ResponseEntity.created(URI.create("/api/v1/offers/" + offer.id())).body(offerJson(me, offer));
	}

	@GetMapping("/offers/{id}")
	OfferJson getOffer(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		Offer offer = this.offers.visible(me.userId(), OfferId.of(id));
		return offerJson(me, offer);
	}

	@PutMapping("/offers/{id}")
	OfferJson modifyOffer(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody OfferRequest request) {
		Offer offer = this.offers.modify(me.caller(), OfferId.of(id), request.basedOnVersion(), request.terms(),
				nullToEmpty(request.message()));
		return offerJson(me, offer);
	}

	@PostMapping("/offers/{id}/accept")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> acceptOffer(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody AcceptOfferRequest request) {
		return Map.of("contractId", this.offers.accept(me.caller(), OfferId.of(id), request.version()).value());
	}

	@PostMapping("/offers/{id}/request-changes")
	OfferJson requestChanges(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id,
			@Valid @RequestBody RequestChangesRequest request) {
		Offer offer = this.offers.requestChanges(me.caller(), OfferId.of(id), request.terms(),
				nullToEmpty(request.message()));
		return offerJson(me, offer);
	}

	@PostMapping("/offers/{id}/cancel")
	OfferJson cancelOffer(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
		Offer offer = this.offers.cancel(me.caller(), OfferId.of(id));
		return offerJson(me, offer);
	}

	// --- helpers
	// ------------------------------------------------------------------------

	private InviteJson inviteJson(AuthenticatedUser me, Invite invite) {
		return this.views.invite(invite, this.invites.proposedTerms(invite), this.jobs.get(JobId.of(invite.jobId())),
				this.invites.actions(me.userId(), invite));
	}

	private OfferJson offerJson(AuthenticatedUser me, Offer offer) {
		return this.views.offer(offer, this.offers.terms(offer), this.offers.actions(me.userId(), offer));
	}

	private ApplicationJson applicationJson(AuthenticatedUser me, UUID id) {
		Application application = this.applications.visible(me.userId(), ApplicationId.of(id));
		List<TermsVersion> history = this.applications.termsHistory(ApplicationId.of(id));
		TermsVersion current = history.stream()
			.filter((v) -> v.version() == application.termsVersion())
			.findFirst()
			.orElse(null);
		OfferJson offer = this.applications.latestOffer(ApplicationId.of(id)).map((o) -> offerJson(me, o)).orElse(null);
		return this.views.application(application, current, history, offer,
				this.jobs.get(JobId.of(application.jobId())).title(),
				this.applications.actions(me.userId(), application));
	}

	private ApplicantJson applicant(AuthenticatedUser me, Applicant applicant) {
		Application a = applicant.application();
		return new ApplicantJson(a.id(), a.status(), a.expertId(), a.coverLetter(), a.termsVersion(),
				(applicant.terms() != null) ? this.views.terms(applicant.terms(), a.termsVersion(), null, null, null)
						: null,
				a.conversationId(), a.updatedAt(),
				HiringViews.names(this.applications.actions(me.userId(), a), ApplicationAction::apiName));
	}

	private static String nullToEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

	record InviteRequest(@NotNull UUID expertId, @Nullable @Size(max = InviteManagement.MAX_MESSAGE) String message,
			@Nullable Terms proposedTerms) implements CarriesTerms {

		@Override
		public @Nullable Terms termsToCheck() {
			return this.proposedTerms;
		}

		@Override
		public String termsField() {
			return "proposedTerms";
		}

	}

	record AcceptRequest(@NotNull InviteManagement.AcceptMode mode, @Nullable Terms terms,
			@Nullable @Size(max = InviteManagement.MAX_DECLINE_MESSAGE) String coverLetter) implements CarriesTerms {

		@Override
		public @Nullable Terms termsToCheck() {
			return this.terms;
		}

	}

	record DeclineInviteRequest(Invite.@NotNull DeclineReason reason,
			@Nullable @Size(max = InviteManagement.MAX_DECLINE_MESSAGE) String message) {
	}

	record ApplyRequest(@Nullable @Size(max = ApplicationManagement.MAX_COVER_LETTER) String coverLetter,
			@NotNull Terms terms) implements CarriesTerms {

		@Override
		public @Nullable Terms termsToCheck() {
			return this.terms;
		}

	}

	record ProposeTermsRequest(@NotNull Integer basedOnVersion, @NotNull Terms terms) implements CarriesTerms {

		@Override
		public @Nullable Terms termsToCheck() {
			return this.terms;
		}

	}

	record CoverLetterRequest(@NotNull @Size(max = ApplicationManagement.MAX_COVER_LETTER) String coverLetter) {
	}

	record DeclineApplicationRequest(@NotNull ApplicationDeclineReason reason,
			@Nullable @Size(max = ApplicationManagement.MAX_MESSAGE) String message) {
	}

	record ReplyRequest(@NotBlank @Size(max = ApplicationManagement.MAX_MESSAGE) String body) {
	}

	record OfferRequest(@NotNull Integer basedOnVersion, @Nullable Terms terms,
			@Nullable @Size(max = OfferManagement.MAX_MESSAGE) String message) implements CarriesTerms {

		@Override
		public @Nullable Terms termsToCheck() {
			return this.terms;
		}

	}

	record AcceptOfferRequest(@NotNull Integer version) {
	}

	record RequestChangesRequest(@Nullable Terms terms,
			@Nullable @Size(max = OfferManagement.MAX_MESSAGE) String message) implements CarriesTerms {

		@Override
		public @Nullable Terms termsToCheck() {
			return this.terms;
		}

	}

	record ApplicantJson(UUID id, ApplicationStatus status, UUID expertId, String coverLetter, int termsVersion,
			@Nullable TermsJson terms, @Nullable UUID conversationId, java.time.Instant updatedAt,
			List<String> actions) {
	}

}
