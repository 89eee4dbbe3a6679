package com.cadhire.hiring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.accounts.Caller;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.ContractId;
import com.cadhire.common.JobId;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.OfferId;
import com.cadhire.common.Party;
import com.cadhire.common.RetriedOnDeadlock;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.Times;
import com.cadhire.common.UserId;
import com.cadhire.contracts.ContractManagement;
import com.cadhire.contracts.NewContract;
import com.cadhire.jobs.Job;
import com.cadhire.jobs.JobManagement;
import com.cadhire.screening.Surface;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers: the client sends one on a terms version, modifies or cancels it; the expert
 * accepts it naming its version (which starts the contract in the same transaction), or
 * asks for changes.
 */
@Service
@RetriedOnDeadlock
public class OfferManagement {

	/** Longest offer or change-request message. */
	public static final int MAX_MESSAGE = 5_000;

	private final Offers offers;

	private final Applications applications;

	private final ApplicationManagement applicationManagement;

	private final TermsVersions termsVersions;

	private final JobManagement jobs;

	private final ContractManagement contracts;

	private final HiringTexts texts;

	private final Clock clock;

	OfferManagement(Offers offers, Applications applications, ApplicationManagement applicationManagement,
			TermsVersions termsVersions, JobManagement jobs, ContractManagement contracts, HiringTexts texts,
			Clock clock) {
		this.offers = offers;
		this.applications = applications;
		this.applicationManagement = applicationManagement;
		this.termsVersions = termsVersions;
		this.jobs = jobs;
		this.contracts = contracts;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * The client sends an offer on the current terms, or on new terms they propose with
	 * it.
	 * @param client the job's owner
	 * @param applicationId the application
	 * @param basedOnVersion the terms version the client saw
	 * @param terms new terms, or {@code null} to offer the current ones
	 * @param message a message to the expert
	 * @return the pending offer
	 */
	@Transactional
	public Offer send(Caller client, ApplicationId applicationId, int basedOnVersion, @Nullable Terms terms,
			String message) {
		Application application = this.applicationManagement.forAction(client.uuid(), applicationId.value(),
				ApplicationAction.SEND_OFFER);
		requireOpenJob(application);
		checkMessage(message);
		this.texts.check(client.uuid(), application.expertId(), Surface.OFFER).text("message", message).require();
		Instant now = now();
		int version = basedOnVersion;
		if (terms != null) {
			version = this.applicationManagement.proposeTerms(client, applicationId, basedOnVersion, terms).version();
			application = this.applications.findById(applicationId.value()).orElseThrow();
		}
		this.applications.save(application.offer(version, now));
		TermsVersion offered = this.termsVersions.find(applicationId.value(), version).orElseThrow();
		Offer offer = this.offers.save(Offer.send(application, version, offered.terms(), message.strip(), now));
		return offer;
	}

	/**
	 * The client modifies an open offer: a new offer version.
	 */
	@Transactional
	public Offer modify(Caller client, OfferId offerId, int basedOnVersion, @Nullable Terms terms, String message) {
		Offer offer = forAction(client.uuid(), offerId.value(), Offer.Action.MODIFY);
		Application application = this.applications.findById(offer.applicationId()).orElseThrow();
		requireOpenJob(application);
		checkMessage(message);
		this.texts.check(client.uuid(), application.expertId(), Surface.OFFER).text("message", message).require();
		int version = basedOnVersion;
		if (terms != null) {
			version = this.applicationManagement.proposeTermsWithOffer(client, application.id(), basedOnVersion, terms)
				.version();
			application = this.applications.findById(application.id()).orElseThrow();
		}
		Instant now = now();
		this.applications.save(application.offerModified(version, now));
		TermsVersion offered = this.termsVersions.find(application.id(), version).orElseThrow();
		this.offers.save(offer.modify(version, offered.terms(), message.strip(), now));
		return offer;
	}

	/**
	 * The expert accepts the offer version they saw; the contract starts in this
	 * transaction. Of several accepts that race, one wins and the others fail their
	 * optimistic lock.
	 * @return the contract id
	 */
	@Transactional
	public ContractId accept(Caller expert, OfferId offerId, int version) {
		Offer offer = forAction(expert.uuid(), offerId.value(), Offer.Action.ACCEPT);
		Application application = this.applications.findById(offer.applicationId()).orElseThrow();
		Job job = requireOpenJob(application);
		Instant now = now();
		UUID contractId = UUID.randomUUID();
		this.offers.save(offer.accept(version, contractId, now));
		this.applications.save(application.hire(now));
		Terms terms = offer.terms();
		this.contracts.start(contractId,
				new NewContract(offer.id(), application.id(), application.jobId(), application.clientId(),
						application.expertId(), job.title(), terms.rateType(), terms.amount(), terms.currency(),
						terms.weeklyHourLimit(), terms.agreed(), offer.termsVersion(), offer.offerVersion()));
		return ContractId.of(contractId);
	}

	/**
	 * The expert asks for changes, optionally with a counter-proposal of terms (a new
	 * terms version based on the offered one).
	 */
	@Transactional
	public Offer requestChanges(Caller expert, OfferId offerId, @Nullable Terms terms, String message) {
		Offer offer = forAction(expert.uuid(), offerId.value(), Offer.Action.REQUEST_CHANGES);
		checkMessage(message);
		if (terms == null && message.isBlank()) {
			throw RuleViolationException.field("message", "Say what you would like changed, or propose new terms.");
		}
		this.texts.check(expert.uuid(), offer.clientId(), Surface.OFFER).text("message", message).require();
		Offer changed = offer.requestChanges(message.strip(), now());
		if (terms != null) {
			// first, so that the timeline shows the counter-proposal before the request
			this.applicationManagement.proposeTermsWithOffer(expert, offer.applicationId(), offer.termsVersion(),
					terms);
		}
		return this.offers.save(changed);
	}

	/**
	 * The client cancels an open offer; the application goes back to the interview.
	 */
	@Transactional
	public Offer cancel(Caller client, OfferId offerId) {
		Offer offer = forAction(client.uuid(), offerId.value(), Offer.Action.CANCEL);
		Instant now = now();
		this.offers.save(offer.cancel(now));
		Application application = this.applications.findById(offer.applicationId()).orElseThrow();
		this.applications.save(application.offerEnded(now));
		return offer;
	}

	/**
	 * Expires one offer if it is due; safe on several nodes (optimistic locking).
	 */
	@Transactional
	public void expireIfDue(OfferId offerId) {
		Instant now = now();
		this.offers.findById(offerId.value())
			.filter((offer) -> offer.status() == Offer.Status.PENDING && !offer.expiresAt().isAfter(now))
			.ifPresent((offer) -> {
				this.offers.save(offer.expire(now));
				this.applications.findById(offer.applicationId())
					.ifPresent((application) -> this.applications.save(application.offerEnded(now)));
			});
	}

	@Transactional(readOnly = true)
	public List<OfferId> due(int limit) {
		return this.offers.findDue(Times.sql(now()), limit).stream().map(OfferId::of).toList();
	}

	@Transactional(readOnly = true)
	public Offer visible(UserId viewer, OfferId offerId) {
		return this.offers.findVisible(offerId.value(), viewer.value())
			.orElseThrow(() -> new NotFoundException("offer"));
	}

	@Transactional(readOnly = true)
	public Terms terms(Offer offer) {
		return offer.terms();
	}

	/**
	 * What the viewer may do with the offer now.
	 */
	public List<Offer.Action> actions(UserId viewer, Offer offer) {
		return offer.actions(party(viewer.value(), offer), now());
	}

	/**
	 * The offer, if the viewer may take the action on it now (the same rule as
	 * {@link Offer#actions}).
	 */
	private Offer forAction(UUID viewer, UUID offerId, Offer.Action action) {
		Offer offer = visible(UserId.of(viewer), OfferId.of(offerId));
		offer.require(action, party(viewer, offer), now());
		return offer;
	}

	private static Party party(UUID viewer, Offer offer) {
		return Party.of(viewer, offer.clientId(), offer.expertId());
	}

	private Job requireOpenJob(Application application) {
		return this.jobs.get(JobId.of(application.jobId())).requireOpen();
	}

	private static void checkMessage(String message) {
		if (message.length() > MAX_MESSAGE) {
			throw RuleViolationException.field("message", "Keep the message to " + MAX_MESSAGE + " characters.");
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

}
