package com.cadhire.hiring.web;

import com.cadhire.common.RateType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.cadhire.common.FeeSettings;
import com.cadhire.hiring.Application;
import com.cadhire.hiring.ApplicationAction;
import com.cadhire.hiring.ApplicationDeclineReason;
import com.cadhire.hiring.ApplicationStatus;
import com.cadhire.hiring.Invite;
import com.cadhire.hiring.Offer;
import com.cadhire.hiring.Quote;
import com.cadhire.hiring.Terms;
import com.cadhire.hiring.TermsVersion;
import com.cadhire.jobs.Job;
import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns hiring's aggregates into the JSON the API returns.
 */
@Component
class HiringViews {

	private final FeeSettings fees;

	HiringViews(FeeSettings fees) {
		this.fees = fees;
	}

	TermsJson terms(Terms terms, @Nullable Integer version, @Nullable UUID authorId, @Nullable Instant createdAt,
			@Nullable List<TermsVersion.Change> changes) {
		Quote quote = Quote.of(terms.amount(), this.fees);
		return new TermsJson(terms.rateType(), terms.amount(), terms.currency(), terms.weeklyHourLimit(),
				terms.milestones(), terms.startDate(), terms.durationDays(), terms.deadline(), terms.deliverables(),
				terms.notes(), version, authorId, createdAt, quote.clientPays(), quote.serviceFee(),
				quote.expertReceives(), changes);
	}

	TermsJson version(TermsVersion version, @Nullable List<TermsVersion.Change> changes) {
		return terms(version.terms(), version.version(), version.authorId(), version.createdAt(), changes);
	}

	List<TermsJson> history(List<TermsVersion> versions) {
		List<TermsJson> history = new ArrayList<>(versions.size());
		TermsVersion previous = null;
		for (TermsVersion version : versions) {
			history.add(version(version, version.changesSince(previous)));
			previous = version;
		}
		return history;
	}

	InviteJson invite(Invite invite, @Nullable Terms proposedTerms, @Nullable Job job, List<Invite.Action> actions) {
		return new InviteJson(invite.id(), invite.status(), invite.jobId(), (job != null) ? job.title() : null,
				invite.clientId(), invite.expertId(), invite.message(),
				(proposedTerms != null) ? terms(proposedTerms, null, invite.clientId(), invite.sentAt(), null) : null,
				invite.sentAt(), invite.expiresAt(), invite.answeredAt(), invite.declineReason(),
				invite.declineMessage(), invite.applicationId(), names(actions, Invite.Action::apiName));
	}

	OfferJson offer(Offer offer, Terms terms, List<Offer.Action> actions) {
		return new OfferJson(offer.id(), offer.status(), offer.offerVersion(), offer.applicationId(), offer.jobId(),
				offer.clientId(), offer.expertId(), offer.termsVersion(),
				terms(terms, offer.termsVersion(), offer.clientId(), offer.sentAt(), null), offer.message(),
				offer.sentAt(), offer.expiresAt(), offer.answeredAt(), offer.changesMessage(), offer.contractId(),
				names(actions, Offer.Action::apiName));
	}

	ApplicationJson application(Application a, @Nullable TermsVersion current, List<TermsVersion> history,
			@Nullable OfferJson offer, @Nullable String jobTitle, List<ApplicationAction> actions) {
		return new ApplicationJson(a.id(), a.status(), a.jobId(), jobTitle, a.clientId(), a.expertId(), a.inviteId(),
				a.coverLetter(), a.termsVersion(), (current != null) ? version(current, null) : null, history(history),
				a.conversationId(), offer, a.declineReason(), a.declineMessage(), a.createdAt(), a.submittedAt(),
				a.updatedAt(), names(actions, ApplicationAction::apiName));
	}

	static <A> List<String> names(List<A> actions, java.util.function.Function<A, String> name) {
		return actions.stream().map(name).toList();
	}

	/**
	 * Terms as returned: the terms, their version, author and time, and the fee quote.
	 */
	record TermsJson(RateType rateType, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency,
			@Nullable Integer weeklyHourLimit, List<Terms.Milestone> milestones, @Nullable LocalDate startDate,
			@Nullable Integer durationDays, @Nullable LocalDate deadline, String deliverables, String notes,
			@Nullable Integer version, @Nullable UUID authorId, @Nullable Instant createdAt,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal clientPays,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal serviceFee,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expertReceives,
			@Nullable List<TermsVersion.Change> changes) {
	}

	record InviteJson(UUID id, Invite.Status status, UUID jobId, @Nullable String jobTitle, UUID clientId,
			UUID expertId, String message, @Nullable TermsJson proposedTerms, Instant sentAt, Instant expiresAt,
			@Nullable Instant answeredAt, Invite.@Nullable DeclineReason declineReason, @Nullable String declineMessage,
			@Nullable UUID applicationId, List<String> actions) {
	}

	record OfferJson(UUID id, Offer.Status status, int version, UUID applicationId, UUID jobId, UUID clientId,
			UUID expertId, int termsVersion, TermsJson terms, String message, Instant sentAt, Instant expiresAt,
			@Nullable Instant answeredAt, @Nullable String changesMessage, @Nullable UUID contractId,
			List<String> actions) {
	}

	record ApplicationJson(UUID id, ApplicationStatus status, UUID jobId, @Nullable String jobTitle, UUID clientId,
			UUID expertId, @Nullable UUID inviteId, String coverLetter, int termsVersion, @Nullable TermsJson terms,
			List<TermsJson> termsHistory, @Nullable UUID conversationId, @Nullable OfferJson offer,
			@Nullable ApplicationDeclineReason declineReason, @Nullable String declineMessage, Instant createdAt,
			@Nullable Instant submittedAt, Instant updatedAt, List<String> actions) {
	}

}
