package com.cadhire.hiring;

import java.util.Collections;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.ConflictException;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.InviteId;
import com.cadhire.common.JobId;
import com.cadhire.common.Party;
import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An expert's application to a job: from a draft to a hire, with its numbered terms
 * versions.
 */
@Table("applications")
public class Application extends AbstractAggregateRoot<Application> {

	@Id
	private final UUID id;

	private final UUID jobId;

	private final UUID clientId;

	private final UUID expertId;

	private final @Nullable UUID inviteId;

	private ApplicationStatus status;

	private String coverLetter;

	/** The current terms version; 0 while a draft has no terms yet. */
	private int termsVersion;

	private @Nullable UUID conversationId;

	private @Nullable ApplicationDeclineReason declineReason;

	private @Nullable String declineMessage;

	private final Instant createdAt;

	private @Nullable Instant submittedAt;

	private Instant updatedAt;

	/** Set while the application is live: one live application per job and expert. */
	private @Nullable String openKey;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Application(UUID id, UUID jobId, UUID clientId, UUID expertId, @Nullable UUID inviteId, ApplicationStatus status,
			String coverLetter, int termsVersion, @Nullable UUID conversationId,
			@Nullable ApplicationDeclineReason declineReason, @Nullable String declineMessage, Instant createdAt,
			@Nullable Instant submittedAt, Instant updatedAt, @Nullable String openKey, @Nullable Long version) {
		this.id = id;
		this.jobId = jobId;
		this.clientId = clientId;
		this.expertId = expertId;
		this.inviteId = inviteId;
		this.status = status;
		this.coverLetter = coverLetter;
		this.termsVersion = termsVersion;
		this.conversationId = conversationId;
		this.declineReason = declineReason;
		this.declineMessage = declineMessage;
		this.createdAt = createdAt;
		this.submittedAt = submittedAt;
		this.updatedAt = updatedAt;
		this.openKey = openKey;
		this.version = version;
	}

	/**
	 * A submitted application (a direct application, or an invite accepted as proposed or
	 * with the expert's own terms).
	 */
	static Application submitted(UUID jobId, UUID clientId, UUID expertId, @Nullable UUID inviteId, String coverLetter,
			int termsVersion, Instant now) {
		Application application = new Application(UUID.randomUUID(), jobId, clientId, expertId, inviteId,
				ApplicationStatus.SUBMITTED, coverLetter, termsVersion, null, null, null, now, now, now,
				Invite.openKey(jobId, expertId), null);
		application.registerEvent(new ApplicationSubmitted(ApplicationId.of(application.id), JobId.of(jobId),
				UserId.of(clientId), UserId.of(expertId), termsVersion, now));
		return application;
	}

	/**
	 * A draft made when the expert chose to chat first; they submit it later from the
	 * chat.
	 */
	static Application draft(UUID jobId, UUID clientId, UUID expertId, UUID inviteId, int termsVersion, Instant now) {
		return new Application(UUID.randomUUID(), jobId, clientId, expertId, inviteId, ApplicationStatus.DRAFT, "",
				termsVersion, null, null, null, now, null, now, Invite.openKey(jobId, expertId), null);
	}

	/**
	 * Either party proposes new terms, based on the version they saw. While an offer is
	 * open, terms change only through the offer (so an open offer is never on outdated
	 * terms): see {@link #proposeTermsWithOffer}.
	 * @param basedOnVersion the version the proposer saw
	 * @param authorId the proposer
	 * @param now when
	 * @return the number of the new version
	 * @throws ConflictException if a newer version exists, an offer is open, or the
	 * application is finished
	 */
	int proposeTerms(int basedOnVersion, UUID authorId, Instant now) {
		requireAllowed(ApplicationAction.PROPOSE_TERMS);
		return revise(basedOnVersion, authorId, now);
	}

	/**
	 * New terms that come with the open offer: the client modifies the offer, or the
	 * expert asks for changes to it.
	 * @param basedOnVersion the version the proposer saw
	 * @param authorId the proposer
	 * @param now when
	 * @return the number of the new version
	 * @throws ConflictException if a newer version exists, or no offer is open
	 */
	int proposeTermsWithOffer(int basedOnVersion, UUID authorId, Instant now) {
		requireStatus("change the terms of its offer", ApplicationStatus.OFFERED);
		return revise(basedOnVersion, authorId, now);
	}

	private int revise(int basedOnVersion, UUID authorId, Instant now) {
		requireCurrent(basedOnVersion);
		this.termsVersion++;
		this.updatedAt = now;
		registerEvent(new TermsProposed(ApplicationId.of(this.id), this.termsVersion, UserId.of(authorId),
				UserId.of(this.clientId), UserId.of(this.expertId), now));
		return this.termsVersion;
	}

	/**
	 * The expert edits the cover letter.
	 */
	Application editCoverLetter(String coverLetter, Instant now) {
		requireAllowed(ApplicationAction.EDIT_COVER_LETTER);
		this.coverLetter = coverLetter;
		this.updatedAt = now;
		return this;
	}

	/**
	 * The expert submits a draft. A draft from "chat first" has its conversation open
	 * already, so it goes straight to the interview.
	 * @param now when
	 * @return this application
	 */
	Application submit(Instant now) {
		requireAllowed(ApplicationAction.SUBMIT);
		this.status = (this.conversationId != null) ? ApplicationStatus.INTERVIEWING : ApplicationStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
		registerEvent(new ApplicationSubmitted(ApplicationId.of(this.id), JobId.of(this.jobId),
				UserId.of(this.clientId), UserId.of(this.expertId), this.termsVersion, now));
		return this;
	}

	/**
	 * The conversation of this draft opened: the expert chose to chat first.
	 */
	Application conversationOpened(UUID conversationId, Instant now) {
		this.conversationId = conversationId;
		if (this.status == ApplicationStatus.DRAFT && this.inviteId != null) {
			registerEvent(new DraftChatOpened(ApplicationId.of(this.id), InviteId.of(this.inviteId),
					UserId.of(this.clientId), UserId.of(this.expertId), conversationId, now));
		}
		return this;
	}

	/**
	 * The client's first reply: the interview starts.
	 * @param conversationId the group chat that opened with the reply
	 * @param now when
	 * @return this application
	 */
	Application reply(UUID conversationId, Instant now) {
		requireAllowed(ApplicationAction.REPLY);
		this.status = ApplicationStatus.INTERVIEWING;
		this.conversationId = conversationId;
		this.updatedAt = now;
		registerEvent(new ApplicationReplied(ApplicationId.of(this.id), UserId.of(this.clientId),
				UserId.of(this.expertId), conversationId, now));
		return this;
	}

	/**
	 * The client sends an offer on the current terms.
	 * @param basedOnVersion the terms version the client saw
	 * @param now when
	 * @return this application
	 */
	Application offer(int basedOnVersion, Instant now) {
		requireAllowed(ApplicationAction.SEND_OFFER);
		requireCurrent(basedOnVersion);
		this.status = ApplicationStatus.OFFERED;
		this.updatedAt = now;
		return this;
	}

	/**
	 * The client modifies an open offer, based on the current terms.
	 */
	Application offerModified(int basedOnVersion, Instant now) {
		requireStatus("change its offer", ApplicationStatus.OFFERED);
		requireCurrent(basedOnVersion);
		this.updatedAt = now;
		return this;
	}

	/**
	 * The open offer ended without a hire (cancelled or expired): back to the interview.
	 */
	Application offerEnded(Instant now) {
		if (this.status == ApplicationStatus.OFFERED) {
			this.status = (this.conversationId != null) ? ApplicationStatus.INTERVIEWING : ApplicationStatus.SUBMITTED;
			this.updatedAt = now;
		}
		return this;
	}

	/**
	 * The expert accepted the offer.
	 */
	Application hire(Instant now) {
		requireStatus("be hired", ApplicationStatus.OFFERED);
		this.status = ApplicationStatus.HIRED;
		this.updatedAt = now;
		return this;
	}

	/**
	 * The expert withdraws, any time before the hire.
	 */
	Application withdraw(Instant now) {
		requireAllowed(ApplicationAction.WITHDRAW);
		this.status = ApplicationStatus.WITHDRAWN;
		this.updatedAt = now;
		this.openKey = null;
		registerEvent(new ApplicationWithdrawn(ApplicationId.of(this.id), UserId.of(this.clientId),
				UserId.of(this.expertId), now));
		return this;
	}

	/**
	 * The client declines, with a reason.
	 */
	Application decline(ApplicationDeclineReason reason, String message, Instant now) {
		requireAllowed(ApplicationAction.DECLINE);
		this.status = ApplicationStatus.DECLINED;
		this.declineReason = reason;
		this.declineMessage = message;
		this.updatedAt = now;
		this.openKey = null;
		registerEvent(new ApplicationDeclined(ApplicationId.of(this.id), UserId.of(this.clientId),
				UserId.of(this.expertId), reason, now));
		return this;
	}

	/**
	 * The job closed.
	 */
	Application close(Instant now) {
		requireLive("be closed");
		this.status = ApplicationStatus.CLOSED;
		this.updatedAt = now;
		this.openKey = null;
		registerEvent(new ApplicationClosed(ApplicationId.of(this.id), JobId.of(this.jobId), UserId.of(this.clientId),
				UserId.of(this.expertId), now));
		return this;
	}

	boolean isLive() {
		return this.status.isLive();
	}

	/**
	 * What a viewer may do with this application now: the one rule that the pages, the
	 * API's {@code actions} and the verbs of this class share. (The actions on its offer
	 * are the offer's: {@link Offer#actions}.)
	 * @param party who the viewer is to the application
	 * @return the actions, in a fixed order
	 */
	public List<ApplicationAction> actions(Party party) {
		return actions(party, this.status, this.termsVersion);
	}

	/**
	 * The same rule for an application read as a row (the expert's lists), without
	 * loading the aggregate.
	 * @param party who the viewer is to the application
	 * @param status its status
	 * @param termsVersion its current terms version (0 for none)
	 * @return the actions, in a fixed order
	 */
	public static List<ApplicationAction> actions(Party party, ApplicationStatus status, int termsVersion) {
		return ApplicationActions.actions(party, status, termsVersion);
	}

	/**
	 * Refuses an action the caller may not take now: 403 for the wrong party, 409 for a
	 * state that does not allow it.
	 * @param action the action
	 * @param party who the caller is to the application
	 */
	void require(ApplicationAction action, Party party) {
		if (!action.isFor(party)) {
			throw new ForbiddenException((action.party() == Party.EXPERT) ? "Only the expert who applied can do this."
					: "Only the client who owns the job can do this.");
		}
		requireAllowed(action);
	}

	private void requireAllowed(ApplicationAction action) {
		if (!ApplicationActions.allows(action, this.status, this.termsVersion)) {
			throw ApplicationActions.refusal(action, this.status, this.termsVersion);
		}
	}

	private void requireLive(String action) {
		if (!isLive()) {
			throw new ConflictException("invalid-state",
					"This application is " + this.status + " and can no longer " + action + ".",
					Map.of("status", this.status.name()));
		}
	}

	private void requireStatus(String action, ApplicationStatus... allowed) {
		if (!EnumSet.of(allowed[0], allowed).contains(this.status)) {
			throw new ConflictException("invalid-state",
					"This application is " + this.status + " and cannot " + action + ".",
					Map.of("status", this.status.name()));
		}
	}

	private void requireCurrent(int basedOnVersion) {
		if (basedOnVersion != this.termsVersion) {
			throw new ConflictException("stale-version", "The terms changed: version " + this.termsVersion
					+ " is current, you based your action on version " + basedOnVersion + ". Review it and try again.",
					Map.of("termsVersion", this.termsVersion));
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID jobId() {
		return this.jobId;
	}

	public UUID clientId() {
		return this.clientId;
	}

	public UUID expertId() {
		return this.expertId;
	}

	public @Nullable UUID inviteId() {
		return this.inviteId;
	}

	public ApplicationStatus status() {
		return this.status;
	}

	public String coverLetter() {
		return this.coverLetter;
	}

	public int termsVersion() {
		return this.termsVersion;
	}

	public @Nullable UUID conversationId() {
		return this.conversationId;
	}

	public @Nullable ApplicationDeclineReason declineReason() {
		return this.declineReason;
	}

	public @Nullable String declineMessage() {
		return this.declineMessage;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant submittedAt() {
		return this.submittedAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public boolean involves(UUID accountId) {
		return this.clientId.equals(accountId) || this.expertId.equals(accountId);
	}

}
