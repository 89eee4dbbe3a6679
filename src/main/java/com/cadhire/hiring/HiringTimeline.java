package com.cadhire.hiring;

import java.util.Map;

import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.SystemEvent;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Narrates the negotiation in the application's chat timeline: hears hiring's own events
 * synchronously, in the transaction of the change, and records one entry of a
 * {@link Entry kind} per step. The sentences are the chat's to render when shown
 * ({@code timeline.<kind>} in {@code messages.properties}); an application without a
 * conversation gets no entries.
 */
@Component
class HiringTimeline {

	private final ConversationManagement conversations;

	private final Applications applications;

	HiringTimeline(ConversationManagement conversations, Applications applications) {
		this.conversations = conversations;
		this.applications = applications;
	}

	@EventListener
	void on(TermsProposed event) {
		record(event.applicationId(), Entry.TERMS_PROPOSED, event.authorId(), Map.of("version", event.version()));
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		record(event.applicationId(), Entry.APPLICATION_SUBMITTED, event.expertId(),
				Map.of("termsVersion", event.termsVersion()));
	}

	@EventListener
	void on(ApplicationWithdrawn event) {
		record(event.applicationId(), Entry.APPLICATION_WITHDRAWN, event.expertId(), Map.of());
	}

	@EventListener
	void on(ApplicationDeclined event) {
		record(event.applicationId(), Entry.APPLICATION_DECLINED, event.clientId(),
				Map.of("reason", event.reason().name()));
	}

	@EventListener
	void on(ApplicationClosed event) {
		record(event.applicationId(), Entry.JOB_CLOSED, event.clientId(), Map.of());
	}

	@EventListener
	void on(DraftChatOpened event) {
		record(event.applicationId(), Entry.INVITE_ACCEPTED, event.expertId(),
				Map.of("inviteId", event.inviteId().toString()));
	}

	@EventListener
	void on(OfferSent event) {
		record(event.applicationId(), (event.offerVersion() == 1) ? Entry.OFFER_SENT : Entry.OFFER_MODIFIED,
				event.clientId(), Map.of("offerId", event.offerId().toString(), "offerVersion", event.offerVersion(),
						"termsVersion", event.termsVersion()));
	}

	@EventListener
	void on(OfferAnswered event) {
		String offerId = event.offerId().toString();
		switch (event.status()) {
			case ACCEPTED -> record(event.applicationId(), Entry.OFFER_ACCEPTED, event.expertId(),
					Map.of("offerId", offerId, "contractId", String.valueOf(event.contractId())));
			case CHANGES_REQUESTED -> record(event.applicationId(), Entry.OFFER_CHANGES_REQUESTED, event.expertId(),
					Map.of("offerId", offerId));
			case CANCELLED -> {
				// an offer cancelled because the client declined its application: the
				// application's entry tells
				if (this.applications.findById(event.applicationId().value()).map(Application::isLive).orElse(false)) {
					record(event.applicationId(), Entry.OFFER_CANCELLED, event.clientId(), Map.of("offerId", offerId));
				}
			}
			case EXPIRED -> record(event.applicationId(), Entry.OFFER_EXPIRED, null,
					Map.of("offerId", offerId, "days", Offer.LIFETIME.toDays()));
			// declined with its application (withdrawn, job closed): the application's
			// entry tells; pending is never an answer
			case DECLINED, PENDING -> {
			}
		}
	}

	private void record(ApplicationId applicationId, Entry entry, @Nullable UserId actorId, Map<String, ?> details) {
		this.conversations.recordSystemEvent(applicationId,
				new SystemEvent(entry.kind(), actorId, Map.<String, Object>copyOf(details)));
	}

	/**
	 * The kinds of entries hiring records; each has its sentence,
	 * {@code timeline.<kind>}.
	 */
	enum Entry {

		TERMS_PROPOSED("terms.proposed"),

		APPLICATION_SUBMITTED("application.submitted"),

		APPLICATION_WITHDRAWN("application.withdrawn"),

		APPLICATION_DECLINED("application.declined"),

		JOB_CLOSED("job.closed"),

		INVITE_ACCEPTED("invite.accepted"),

		OFFER_SENT("offer.sent"),

		OFFER_MODIFIED("offer.modified"),

		OFFER_ACCEPTED("offer.accepted"),

		OFFER_CHANGES_REQUESTED("offer.changes-requested"),

		OFFER_CANCELLED("offer.cancelled"),

		OFFER_EXPIRED("offer.expired");

		private final String kind;

		Entry(String kind) {
			this.kind = kind;
		}

		String kind() {
			return this.kind;
		}

	}

}
