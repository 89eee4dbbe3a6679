package com.cadhire.hiring;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.common.ApplicationId;
import com.cadhire.common.ConflictException;
import com.cadhire.common.ContractId;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.OfferId;
import com.cadhire.common.Party;
import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A client's offer to hire an expert on a version of the terms. Modifying it makes a new
 * offer version; the expert accepts naming the version they saw.
 */
@Table("offers")
public class Offer extends AbstractAggregateRoot<Offer> {

	/** An offer nobody answers expires after this long. */
	public static final Duration LIFETIME = Duration.ofDays(7);

	@Id
	private final UUID id;

	private final UUID applicationId;

	private final UUID jobId;

	private final UUID clientId;

	private final UUID expertId;

	private Status status;

	/** 1 for the first offer, one more for each modification. */
	private int offerVersion;

	/** The application terms version the offer is on. */
	private int termsVersion;

	/** The offered terms, as JSON (a snapshot of that terms version). */
	private Terms terms;

	private String message;

	private Instant sentAt;

	private Instant expiresAt;

	private @Nullable Instant answeredAt;

	private @Nullable String changesMessage;

	private @Nullable UUID contractId;

	/** Set while the offer is open: one open offer per application. */
	private @Nullable String openKey;

	@Version
	private @Nullable Long lockVersion;

	@PersistenceCreator
	Offer(UUID id, UUID applicationId, UUID jobId, UUID clientId, UUID expertId, Status status, int offerVersion,
			int termsVersion, Terms terms, String message, Instant sentAt, Instant expiresAt,
			@Nullable Instant answeredAt, @Nullable String changesMessage, @Nullable UUID contractId,
			@Nullable String openKey, @Nullable Long lockVersion) {
		this.id = id;
		this.applicationId = applicationId;
		this.jobId = jobId;
		this.clientId = clientId;
		this.expertId = expertId;
		this.status = status;
		this.offerVersion = offerVersion;
		this.termsVersion = termsVersion;
		this.terms = terms;
		this.message = message;
		this.sentAt = sentAt;
		this.expiresAt = expiresAt;
		this.answeredAt = answeredAt;
		this.changesMessage = changesMessage;
		this.contractId = contractId;
		this.openKey = openKey;
		this.lockVersion = lockVersion;
	}

	static Offer send(Application application, int termsVersion, Terms terms, String message, Instant now) {
		Offer offer = new Offer(UUID.randomUUID(), application.id(), application.jobId(), application.clientId(),
				application.expertId(), Status.PENDING, 1, termsVersion, terms, message, now, now.plus(LIFETIME), null,
				null, null, application.id().toString(), null);
		offer.registerEvent(new OfferSent(OfferId.of(offer.id), ApplicationId.of(offer.applicationId), 1, termsVersion,
				UserId.of(offer.clientId), UserId.of(offer.expertId), now, offer.expiresAt));
		return offer;
	}

	/**
	 * The expert accepts the offer version they saw.
	 * @param version the offer version the expert saw
	 * @param contractId the contract the acceptance starts
	 * @param now when
	 * @return this offer
	 * @throws ConflictException if the offer changed since, or is not pending
	 */
	Offer accept(int version, UUID contractId, Instant now) {
		requireCurrent(version);
		requireAllowed(Action.ACCEPT, now);
		this.status = Status.ACCEPTED;
		this.answeredAt = now;
		this.contractId = contractId;
		this.openKey = null;
		registerEvent(new OfferAnswered(OfferId.of(this.id), ApplicationId.of(this.applicationId), this.status,
				UserId.of(this.clientId), UserId.of(this.expertId), now, ContractId.of(contractId)));
		return this;
	}

	/**
	 * The expert asks for changes (their counter-proposal is a new terms version).
	 */
	Offer requestChanges(String message, Instant now) {
		requireAllowed(Action.REQUEST_CHANGES, now);
		this.status = Status.CHANGES_REQUESTED;
		this.changesMessage = message;
		this.answeredAt = now;
		registerEvent(new OfferAnswered(OfferId.of(this.id), ApplicationId.of(this.applicationId), this.status,
				UserId.of(this.clientId), UserId.of(this.expertId), now,
				(this.contractId != null) ? ContractId.of(this.contractId) : null));
		return this;
	}

	/**
	 * The client modifies the offer: a new offer version on the current terms, pending
	 * again.
	 */
	Offer modify(int termsVersion, Terms terms, String message, Instant now) {
		requireAllowed(Action.MODIFY, now);
		this.offerVersion++;
		this.termsVersion = termsVersion;
		this.terms = terms;
		this.message = message;
		this.status = Status.PENDING;
		this.sentAt = now;
		this.expiresAt = now.plus(LIFETIME);
		this.answeredAt = null;
		this.changesMessage = null;
		registerEvent(new OfferSent(OfferId.of(this.id), ApplicationId.of(this.applicationId), this.offerVersion,
				this.termsVersion, UserId.of(this.clientId), UserId.of(this.expertId), now, this.expiresAt));
		return this;
	}

	/**
	 * The client cancels the offer.
	 */
	Offer cancel(Instant now) {
		requireAllowed(Action.CANCEL, now);
		return end(Status.CANCELLED, "be cancelled", now);
	}

	/**
	 * The expert withdrew the application, or the job closed, while the offer was open.
	 */
	Offer decline(Instant now) {
		return end(Status.DECLINED, "be declined", now);
	}

	/**
	 * Nobody answered within {@link #LIFETIME}.
	 */
	Offer expire(Instant now) {
		requireStatus("expire", Status.PENDING);
		if (this.expiresAt.isAfter(now)) {
			throw new ConflictException("invalid-state", "The offer is not due to expire yet.",
					Map.of("expiresAt", this.expiresAt.toString()));
		}
		return end(Status.EXPIRED, "expire", now);
	}

	boolean isOpen() {
		return this.status == Status.PENDING || this.status == Status.CHANGES_REQUESTED;
	}

	private Offer end(Status to, String action, Instant now) {
		requireStatus(action, Status.PENDING, Status.CHANGES_REQUESTED);
		this.status = to;
		this.answeredAt = now;
		this.openKey = null;
		registerEvent(new OfferAnswered(OfferId.of(this.id), ApplicationId.of(this.applicationId), to,
				UserId.of(this.clientId), UserId.of(this.expertId), now, null));
		return this;
	}

	/**
	 * What a viewer may do with this offer now: the one rule that the pages, the API's
	 * {@code actions} and the verbs of this class share. While changes are requested the
	 * client modifies or cancels the offer; the expert waits (or withdraws the
	 * application, an action of the application).
	 * @param party who the viewer is to the offer
	 * @param now the time (a pending offer past its expiry can no longer be accepted)
	 * @return the actions, in a fixed order
	 */
	public List<Action> actions(Party party, Instant now) {
		return Arrays.stream(Action.values()).filter((a) -> a.party == party && allows(a, now)).toList();
	}

	/**
	 * Refuses an action the caller may not take now: 403 for the wrong party, 409 for a
	 * state that does not allow it.
	 */
	void require(Action action, Party party, Instant now) {
		if (action.party != party) {
			throw new ForbiddenException(
					(action.party == Party.EXPERT) ? "Only the expert the offer is for can do this."
							: "Only the client who sent the offer can do this.");
		}
		requireAllowed(action, now);
	}

	/**
	 * @param now the time
	 * @return whether the offer waits for the expert's answer and has not expired
	 */
	public boolean isPendingAt(Instant now) {
		return this.status == Status.PENDING && this.expiresAt.isAfter(now);
	}

	private boolean allows(Action action, Instant now) {
		return switch (action) {
			case ACCEPT, REQUEST_CHANGES -> isPendingAt(now);
			case MODIFY, CANCEL -> isOpen();
		};
	}

	private void requireAllowed(Action action, Instant now) {
		if (allows(action, now)) {
			return;
		}
		Map<String, Object> current = Map.of("status", this.status.name(), "version", this.offerVersion, "action",
				action.apiName());
		if (this.status == Status.PENDING) {
			// pending but past its expiry: it is expired, whether or not the sweep got to
			// it yet
			throw new ConflictException("offer-expired", "This offer expired; ask the client for a new one.",
					Map.of("status", Status.EXPIRED.name(), "version", this.offerVersion, "action", action.apiName()));
		}
		String detail = switch (this.status) {
			case PENDING -> "This offer is waiting for the expert's answer.";
			case ACCEPTED -> "This offer was already accepted.";
			case CHANGES_REQUESTED -> "Changes were requested on this offer; wait for the client's new version.";
			case CANCELLED -> "The client cancelled this offer.";
			case EXPIRED -> "This offer expired; ask the client for a new one.";
			case DECLINED -> "This offer ended when the application was withdrawn or the job closed.";
		};
		throw new ConflictException("invalid-state", detail, current);
	}

	private void requireStatus(String action, Status... allowed) {
		if (!EnumSet.of(allowed[0], allowed).contains(this.status)) {
			throw new ConflictException("invalid-state", "This offer is " + this.status + " and cannot " + action + ".",
					Map.of("status", this.status.name(), "version", this.offerVersion));
		}
	}

	private void requireCurrent(int version) {
		if (version != this.offerVersion) {
			throw new ConflictException("stale-version",
					"The offer changed: version " + this.offerVersion + " is current, you saw version " + version
							+ ". Review it and try again.",
					Map.of("status", this.status.name(), "version", this.offerVersion));
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID applicationId() {
		return this.applicationId;
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

	public Status status() {
		return this.status;
	}

	public int offerVersion() {
		return this.offerVersion;
	}

	public int termsVersion() {
		return this.termsVersion;
	}

	Terms terms() {
		return this.terms;
	}

	public String message() {
		return this.message;
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

	public @Nullable String changesMessage() {
		return this.changesMessage;
	}

	public @Nullable UUID contractId() {
		return this.contractId;
	}

	/**
	 * What can be done with an offer, and by whom.
	 */
	public enum Action {

		/** The expert accepts the offer version they saw. */
		ACCEPT("accept", Party.EXPERT),

		/** The expert asks for changes, optionally with new terms. */
		REQUEST_CHANGES("request-changes", Party.EXPERT),

		/** The client makes a new offer version. */
		MODIFY("modify", Party.CLIENT),

		/** The client cancels the offer. */
		CANCEL("cancel", Party.CLIENT);

		private final String apiName;

		private final Party party;

		Action(String apiName, Party party) {
			this.apiName = apiName;
			this.party = party;
		}

		/**
		 * @return the action's name in the API, e.g. {@code request-changes}
		 */
		public String apiName() {
			return this.apiName;
		}

	}

	/**
	 * Where an offer is.
	 */
	public enum Status {

		/** Waiting for the expert. */
		PENDING,

		/** The expert accepted; a contract started. */
		ACCEPTED,

		/** The expert asked for changes; the client may modify it. */
		CHANGES_REQUESTED,

		/** The client cancelled it. */
		CANCELLED,

		/** Nobody answered within 7 days. */
		EXPIRED,

		/** The expert withdrew the application, or the job closed. */
		DECLINED

	}

}
