package com.cadhire.hiring;

import java.util.Set;
import java.util.EnumSet;
import java.util.Collections;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * A client's invitation to an expert to work on a job.
 */
@Table("invites")
public class Invite extends AbstractAggregateRoot<Invite> {

	/** An invite nobody answers expires after this long. */
	public static final Duration LIFETIME = Duration.ofDays(30);

	@Id
	private final UUID id;

	private final UUID jobId;

	private final UUID clientId;

	private final UUID expertId;

	private final String message;

	private final @Nullable Terms proposedTerms;

	private Status status;

	private final Instant sentAt;

	private final Instant expiresAt;

	private @Nullable Instant answeredAt;

	private @Nullable DeclineReason declineReason;

	private @Nullable String declineMessage;

	private @Nullable UUID applicationId;

	/** Set while pending: a unique index allows one open invite per job and expert. */
	private @Nullable String openKey;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Invite(UUID id, UUID jobId, UUID clientId, UUID expertId, String message, @Nullable Terms proposedTerms,
			Status status, Instant sentAt, Instant expiresAt, @Nullable Instant answeredAt,
			@Nullable DeclineReason declineReason, @Nullable String declineMessage, @Nullable UUID applicationId,
			@Nullable String openKey, @Nullable Long version) {
		this.id = id;
		this.jobId = jobId;
		this.clientId = clientId;
		this.expertId = expertId;
		this.message = message;
		this.proposedTerms = proposedTerms;
		this.status = status;
		this.sentAt = sentAt;
		this.expiresAt = expiresAt;
		this.answeredAt = answeredAt;
		this.declineReason = declineReason;
		this.declineMessage = declineMessage;
		this.applicationId = applicationId;
		this.openKey = openKey;
		this.version = version;
	}

	static Invite send(UUID jobId, UUID clientId, UUID expertId, String message, @Nullable Terms proposedTerms,
			Instant now) {
		Invite invite = new Invite(UUID.randomUUID(), jobId, clientId, expertId, message, proposedTerms, Status.PENDING,
				now, now.plus(LIFETIME), null, null, null, null, openKey(jobId, expertId), null);
		invite.registerEvent(
				new InviteSent(InviteId.of(invite.id), JobId.of(jobId), UserId.of(clientId), UserId.of(expertId), now));
		return invite;
	}

	static String openKey(UUID jobId, UUID expertId) {
		return jobId + ":" + expertId;
	}

	/**
	 * The expert accepts: as proposed, with their own terms, or to chat first. In every
	 * case an application exists from now on.
	 * @param applicationId the application the answer made
	 * @param now when
	 * @return this invite
	 */
	Invite accept(UUID applicationId, Instant now) {
		requireAllowed(Action.ACCEPT, now);
		this.status = Status.ACCEPTED;
		this.answeredAt = now;
		this.applicationId = applicationId;
		this.openKey = null;
		registerEvent(new InviteAnswered(InviteId.of(this.id), UserId.of(this.expertId), this.sentAt, now,
				InviteAnswered.Answer.ACCEPTED, UserId.of(this.clientId)));
		return this;
	}

	/**
	 * The expert declines, with a reason from the fixed list and an optional message.
	 * @param reason why
	 * @param message to the client, may be empty
	 * @param now when
	 * @return this invite
	 */
	Invite decline(DeclineReason reason, String message, Instant now) {
		requireAllowed(Action.DECLINE, now);
		this.status = Status.DECLINED;
		this.answeredAt = now;
		this.declineReason = reason;
		this.declineMessage = message;
		this.openKey = null;
		registerEvent(new InviteAnswered(InviteId.of(this.id), UserId.of(this.expertId), this.sentAt, now,
				InviteAnswered.Answer.DECLINED, UserId.of(this.clientId)));
		return this;
	}

	/**
	 * The client takes the invite back before the expert answered.
	 * @param now when
	 * @return this invite
	 */
	Invite withdraw(Instant now) {
		requireAllowed(Action.WITHDRAW, now);
		this.status = Status.WITHDRAWN;
		this.answeredAt = now;
		this.openKey = null;
		registerEvent(new InviteWithdrawn(InviteId.of(this.id), UserId.of(this.expertId), this.sentAt, now));
		return this;
	}

	/**
	 * The invite expires: its job closed, or nobody answered within {@link #LIFETIME}.
	 * @param now when
	 * @return this invite
	 */
	Invite expire(Instant now) {
		requirePending("expire");
		this.status = Status.EXPIRED;
		this.answeredAt = now;
		this.openKey = null;
		registerEvent(new InviteExpired(InviteId.of(this.id), UserId.of(this.clientId), UserId.of(this.expertId), now));
		return this;
	}

	boolean isDue(Instant now) {
		return this.status == Status.PENDING && !this.expiresAt.isAfter(now);
	}

	/**
	 * What a viewer may do with this invite now: the one rule that the pages, the API's
	 * {@code actions} and the verbs of this class share.
	 * @param party who the viewer is to the invite
	 * @param now the time
	 * @return the actions, in a fixed order
	 */
	public List<Action> actions(Party party, Instant now) {
		return actions(party, this.status, this.expiresAt, now);
	}

	/**
	 * The same rule for an invite read as a row (the expert's lists), without loading the
	 * aggregate.
	 * @param party who the viewer is to the invite
	 * @param status its status
	 * @param expiresAt when it expires
	 * @param now the time
	 * @return the actions, in a fixed order
	 */
	public static List<Action> actions(Party party, Status status, Instant expiresAt, Instant now) {
		return Arrays.stream(Action.values())
			.filter((a) -> a.party == party && allows(a, status, expiresAt, now))
			.toList();
	}

	/**
	 * Refuses an action the viewer may not take now: 403 for the wrong party, 409 for a
	 * state that does not allow it.
	 * @param action the action
	 * @param party who the caller is to the invite
	 * @param now the time
	 */
	void require(Action action, Party party, Instant now) {
		if (action.party != party) {
			throw new ForbiddenException(
					(action.party == Party.EXPERT) ? "Only the invited expert can answer this invite."
							: "Only the client who sent the invite can withdraw it.");
		}
		requireAllowed(action, now);
	}

	private boolean allows(Action action, Instant now) {
		return allows(action, this.status, this.expiresAt, now);
	}

	private static boolean allows(Action action, Status status, Instant expiresAt, Instant now) {
		return switch (action) {
			case ACCEPT, DECLINE -> status == Status.PENDING && expiresAt.isAfter(now);
			case WITHDRAW -> status == Status.PENDING;
		};
	}

	private void requireAllowed(Action action, Instant now) {
		if (!allows(action, now)) {
			String detail = switch (this.status) {
				case PENDING -> "This invite expired.";
				case ACCEPTED -> "This invite was already accepted.";
				case DECLINED -> "This invite was already declined.";
				case WITHDRAWN -> "The client withdrew this invite.";
				case EXPIRED -> "This invite expired.";
			};
			throw new ConflictException("invalid-state", detail,
					Map.of("status", this.status.name(), "action", action.apiName()));
		}
	}

	private void requirePending(String action) {
		if (this.status != Status.PENDING) {
			throw new ConflictException("invalid-state",
					"Only a pending invite can " + action + "; this invite is " + this.status + ".",
					java.util.Map.of("status", this.status.name()));
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

	public String message() {
		return this.message;
	}

	@Nullable Terms proposedTerms() {
		return this.proposedTerms;
	}

	public Status status() {
		return this.status;
	}

	public Instant sentAt() {
		return this.sentAt;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

	public @Nullable Instant answeredAt() {
		return this.answeredAt;
	}

	public @Nullable DeclineReason declineReason() {
		return this.declineReason;
	}

	public @Nullable String declineMessage() {
		return this.declineMessage;
	}

	public @Nullable UUID applicationId() {
		return this.applicationId;
	}

	/**
	 * What can be done with an invite, and by whom.
	 */
	public enum Action {

		/** The expert accepts (as proposed, negotiating, or to chat first). */
		ACCEPT("accept", Party.EXPERT),

		/** The expert declines, with a reason. */
		DECLINE("decline", Party.EXPERT),

		/** The client takes the invite back. */
		WITHDRAW("withdraw", Party.CLIENT);

		private final String apiName;

		private final Party party;

		Action(String apiName, Party party) {
			this.apiName = apiName;
			this.party = party;
		}

		/**
		 * @return the action's name in the API, e.g. {@code accept}
		 */
		public String apiName() {
			return this.apiName;
		}

	}

	/**
	 * Where an invite is.
	 */
	public enum Status {

		/** Waiting for the expert's answer. */
		PENDING,

		/** The expert accepted; an application exists. */
		ACCEPTED,

		/** The expert declined, with a reason. */
		DECLINED,

		/** The client took it back. */
		WITHDRAWN,

		/** The job closed, or 30 days passed. */
		EXPIRED;

		/** Ended without an application: what the expert's archive shows of invites. */
		public static final Set<Status> ENDED_WITHOUT_APPLICATION = Collections
			.unmodifiableSet(EnumSet.of(DECLINED, WITHDRAWN, EXPIRED));

	}

	/**
	 * Why an expert declines an invite.
	 */
	public enum DeclineReason {

		/** The work does not match the expert's skills. */
		NOT_A_FIT,

		/** The expert does not want this work. */
		NOT_INTERESTED,

		/** The expert has no time. */
		TOO_BUSY,

		/** The budget is too low. */
		RATE_TOO_LOW,

		/** The timeline is too short. */
		TIMELINE_TOO_SHORT,

		/** The job is not clear enough. */
		UNCLEAR_SCOPE,

		/** The client asked to work off the platform. */
		OFF_PLATFORM_REQUEST,

		/** The invite is spam. */
		SPAM,

		/** Something else; the message says what. */
		OTHER

	}

}
