package com.cadhire.notifications;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.cadhire.common.InviteId;
import com.cadhire.common.ContractId;
import com.cadhire.common.OfferId;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.JobId;
import com.cadhire.common.UserId;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.ConversationSummary;
import com.cadhire.common.NotFoundException;
import com.cadhire.contracts.BuyoutConfirmed;
import com.cadhire.contracts.BuyoutRequested;
import com.cadhire.contracts.Contract;
import com.cadhire.contracts.ContractEnded;
import com.cadhire.contracts.ContractManagement;
import com.cadhire.contracts.ContractStarted;
import com.cadhire.hiring.Application;
import com.cadhire.hiring.ApplicationStatus;
import com.cadhire.hiring.ApplicationDeclined;
import com.cadhire.hiring.ApplicationManagement;
import com.cadhire.hiring.ApplicationReplied;
import com.cadhire.hiring.ApplicationSubmitted;
import com.cadhire.hiring.ApplicationWithdrawn;
import com.cadhire.hiring.Invite;
import com.cadhire.hiring.InviteAnswered;
import com.cadhire.hiring.InviteExpired;
import com.cadhire.hiring.InviteManagement;
import com.cadhire.hiring.InviteSent;
import com.cadhire.hiring.InviteWithdrawn;
import com.cadhire.hiring.Offer;
import com.cadhire.hiring.OfferAnswered;
import com.cadhire.hiring.OfferManagement;
import com.cadhire.hiring.OfferSent;
import com.cadhire.hiring.TermsProposed;
import com.cadhire.hiring.TermsVersion;
import com.cadhire.jobs.JobManagement;
import com.cadhire.moderation.ContactCaseDecided;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells each party of every step the other takes: listens synchronously to the events of
 * hiring, contracts and moderation, so that the notification (and its e-mail in the
 * outbox) is stored in the transaction of the change and vanishes with it on rollback.
 * Each notification names the other party and the job and links to the page where the
 * recipient takes the next step.
 * <p>
 * Who is told what: the expert of invites received, withdrawn and expired, replies and
 * declines of their applications, offers received, changed, cancelled and expired, Direct
 * Hire requests; the client of invites answered (each way) and expired, applications
 * received and withdrawn, offers accepted, questioned and expired, Direct Hire confirmed;
 * both of terms the other proposed, contracts started and ended by the other, and
 * moderators' decisions about their own messages.
 */
@Component
class FunnelNotifications {

	private final NotificationCenter center;

	private final Notifier notifier;

	private final NotificationEmails emails;

	private final InviteManagement invites;

	private final ApplicationManagement applications;

	private final OfferManagement offers;

	private final JobManagement jobs;

	private final ContractManagement contracts;

	private final ConversationManagement chat;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final NotificationSettings settings;

	FunnelNotifications(NotificationCenter center, Notifier notifier, NotificationEmails emails,
			InviteManagement invites, ApplicationManagement applications, OfferManagement offers, JobManagement jobs,
			ContractManagement contracts, ConversationManagement chat, MessageSource messages, JdbcClient jdbc,
			NotificationSettings settings) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.center = center;
		this.notifier = notifier;
		this.emails = emails;
		this.invites = invites;
		this.applications = applications;
		this.offers = offers;
		this.jobs = jobs;
		this.contracts = contracts;
		this.chat = chat;
		this.messages = messages;
	}

	@EventListener
	void on(InviteSent event) {
		tell(event.expertId().value(), NotificationKind.INVITE_RECEIVED, event.clientId().value(),
				job(event.jobId().value()), null, "/invites/" + event.inviteId().value(),
				"invite-received:" + event.inviteId().value());
	}

	@EventListener
	void on(InviteAnswered event) {
		if (!exists("invites", event.inviteId().value())) {
			return;
		}
		Invite invite = this.invites.visible(event.expertId(), event.inviteId());
		String job = job(invite.jobId());
		if (!event.accepted()) {
			String reason = (invite.declineReason() != null) ? label("inviteDecline." + invite.declineReason().name())
					: null;
			tell(event.clientId().value(), NotificationKind.INVITE_DECLINED, event.expertId().value(), job,
					join(reason, invite.declineMessage()), "/invites/" + invite.id(), "invite-declined:" + invite.id());
			return;
		}
		UUID applicationId = invite.applicationId();
		NotificationKind kind = NotificationKind.INVITE_ACCEPTED;
		String link = "/invites/" + invite.id();
		if (applicationId != null) {
			link = "/applications/" + applicationId;
			Application application = this.applications.visible(event.expertId(), ApplicationId.of(applicationId));
			if (application.status() == ApplicationStatus.DRAFT) {
				kind = NotificationKind.INVITE_CHAT_FIRST;
			}
			else if (this.applications.currentTerms(application)
				.map(TermsVersion::authorId)
				.filter(event.expertId().value()::equals)
				.isPresent()) {
				kind = NotificationKind.INVITE_NEGOTIATED;
			}
		}
		tell(event.clientId().value(), kind, event.expertId().value(), job, null, link,
				"invite-answered:" + invite.id());
	}

	@EventListener
	void on(InviteWithdrawn event) {
		if (!exists("invites", event.inviteId().value())) {
			return;
		}
		Invite invite = this.invites.visible(event.expertId(), event.inviteId());
		tell(event.expertId().value(), NotificationKind.INVITE_WITHDRAWN, invite.clientId(), job(invite.jobId()), null,
				"/invites/" + invite.id(), "invite-withdrawn:" + invite.id());
	}

	@EventListener
	void on(InviteExpired event) {
		if (!exists("invites", event.inviteId().value())) {
			return;
		}
		Invite invite = this.invites.visible(event.expertId(), event.inviteId());
		String job = job(invite.jobId());
		String link = "/invites/" + invite.id();
		tell(event.expertId().value(), NotificationKind.INVITE_EXPIRED, event.clientId().value(), job, null, link,
				"invite-expired:" + invite.id() + ":" + event.expertId().value());
		tell(event.clientId().value(), NotificationKind.INVITE_EXPIRED, event.expertId().value(), job, null, link,
				"invite-expired:" + invite.id() + ":" + event.clientId().value());
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		if (!exists("applications", event.applicationId().value())) {
			return;
		}
		Application application = this.applications.visible(event.expertId(), event.applicationId());
		if (application.inviteId() != null
				&& this.invites.visible(event.expertId(), InviteId.of(application.inviteId()))
					.status() == Invite.Status.PENDING) {
			// accepting an invite: the client hears of that answer instead
			return;
		}
		tell(event.clientId().value(), NotificationKind.APPLICATION_RECEIVED, event.expertId().value(),
				job(event.jobId().value()), null, "/applications/" + event.applicationId().value(),
				"application-received:" + event.applicationId().value() + ":" + event.submittedAt());
	}

	@EventListener
	void on(ApplicationWithdrawn event) {
		if (!exists("applications", event.applicationId().value())) {
			return;
		}
		Application application = this.applications.visible(event.expertId(), event.applicationId());
		tell(event.clientId().value(), NotificationKind.APPLICATION_WITHDRAWN, event.expertId().value(),
				job(application.jobId()), null, "/applications/" + application.id(),
				"application-withdrawn:" + application.id());
	}

	@EventListener
	void on(ApplicationDeclined event) {
		if (!exists("applications", event.applicationId().value())) {
			return;
		}
		Application application = this.applications.visible(event.expertId(), event.applicationId());
		String reason = (application.declineReason() != null)
				? label("appDecline." + application.declineReason().name()) : null;
		tell(event.expertId().value(), NotificationKind.APPLICATION_DECLINED, event.clientId().value(),
				job(application.jobId()), join(reason, application.declineMessage()),
				"/applications/" + application.id(), "application-declined:" + application.id());
	}

	@EventListener
	void on(ApplicationReplied event) {
		if (!exists("applications", event.applicationId().value())) {
			return;
		}
		Application application = this.applications.visible(event.expertId(), event.applicationId());
		tell(event.expertId().value(), NotificationKind.APPLICATION_REPLIED, event.clientId().value(),
				job(application.jobId()), null, "/applications/" + application.id(),
				"application-replied:" + application.id());
	}

	@EventListener
	void on(TermsProposed event) {
		if (!exists("applications", event.applicationId().value())) {
			return;
		}
		boolean byClient = event.authorId().value().equals(event.clientId().value());
		UUID recipient = byClient ? event.expertId().value() : event.clientId().value();
		Application application = this.applications.visible(UserId.of(recipient), event.applicationId());
		tell(recipient, NotificationKind.TERMS_PROPOSED, event.authorId().value(), job(application.jobId()),
				label("notification.detail.termsVersion", event.version()),
				"/applications/" + application.id() + "#terms",
				"terms-proposed:" + application.id() + ":" + event.version());
	}

	@EventListener
	void on(OfferSent event) {
		if (!exists("offers", event.offerId().value())) {
			return;
		}
		Offer offer = this.offers.visible(event.expertId(), event.offerId());
		boolean first = event.offerVersion() == 1;
		tell(event.expertId().value(), first ? NotificationKind.OFFER_RECEIVED : NotificationKind.OFFER_MODIFIED,
				event.clientId().value(), job(offer.jobId()),
				label("notification.detail.offerVersion", event.offerVersion()),
				"/applications/" + event.applicationId().value() + "#offer",
				"offer-received:" + event.offerId().value() + ":" + event.offerVersion(),
				(zone) -> label("notification.detail.offerOpenUntil", event.offerVersion(),
						this.emails.time(event.expiresAt(), zone)));
	}

	/**
	 * Warns the expert that an offer they have not answered expires soon.
	 */
	void offerExpiring(UUID offerId, int version, UUID expertId, java.time.Instant expiresAt) {
		if (!exists("offers", offerId)) {
			return;
		}
		Offer offer = this.offers.visible(UserId.of(expertId), OfferId.of(offerId));
		tell(expertId, NotificationKind.OFFER_EXPIRING, offer.clientId(), job(offer.jobId()), null,
				"/applications/" + offer.applicationId() + "#offer", "offer-expiring:" + offerId + ":" + version,
				(zone) -> label("notification.detail.offerExpiresAt", this.emails.time(expiresAt, zone)));
	}

	@EventListener
	void on(OfferAnswered event) {
		if (!exists("offers", event.offerId().value())) {
			return;
		}
		Offer offer = this.offers.visible(event.expertId(), event.offerId());
		String job = job(offer.jobId());
		String link = "/applications/" + event.applicationId().value() + "#offer";
		String key = ":" + offer.id() + ":" + offer.offerVersion();
		switch (event.status()) {
			case ACCEPTED -> tell(event.clientId().value(), NotificationKind.OFFER_ACCEPTED, event.expertId().value(),
					job, null, (offer.contractId() != null) ? "/contracts/" + offer.contractId() : link,
					"offer-accepted" + key);
			case CHANGES_REQUESTED -> tell(event.clientId().value(), NotificationKind.OFFER_CHANGES_REQUESTED,
					event.expertId().value(), job, offer.changesMessage(), link, "offer-changes" + key);
			case CANCELLED -> tell(event.expertId().value(), NotificationKind.OFFER_CANCELLED, event.clientId().value(),
					job, null, link, "offer-cancelled" + key);
			case EXPIRED -> {
				tell(event.expertId().value(), NotificationKind.OFFER_EXPIRED, event.clientId().value(), job, null,
						link, "offer-expired" + key + ":" + event.expertId().value());
				tell(event.clientId().value(), NotificationKind.OFFER_EXPIRED, event.expertId().value(), job, null,
						link, "offer-expired" + key + ":" + event.clientId().value());
			}
			case PENDING, DECLINED -> {
				// DECLINED: the application was declined or withdrawn, or its job closed;
				// that step is told on its own
			}
		}
	}

	@EventListener
	void on(ContractStarted event) {
		if (!exists("contracts", event.contractId().value())) {
			return;
		}
		Contract contract = this.contracts.get(event.clientId(), event.contractId());
		String link = "/contracts/" + contract.id();
		tell(event.expertId().value(), NotificationKind.CONTRACT_STARTED, event.clientId().value(), contract.title(),
				null, link, "contract-started:" + contract.id() + ":" + event.expertId().value());
		tell(event.clientId().value(), NotificationKind.CONTRACT_STARTED, event.expertId().value(), contract.title(),
				null, link, "contract-started:" + contract.id() + ":" + event.clientId().value());
	}

	@EventListener
	void on(ContractEnded event) {
		if (!exists("contracts", event.contractId().value())) {
			return;
		}
		Contract contract = this.contracts.get(event.clientId(), event.contractId());
		UUID other = event.endedBy().value().equals(event.clientId().value()) ? event.expertId().value()
				: event.clientId().value();
		tell(other, NotificationKind.CONTRACT_ENDED, event.endedBy().value(), contract.title(), null,
				"/contracts/" + contract.id(), "contract-ended:" + contract.id());
	}

	@EventListener
	void on(BuyoutRequested event) {
		if (!exists("contracts", event.contractId().value())) {
			return;
		}
		Contract contract = this.contracts.get(event.clientId(), event.contractId());
		tell(event.expertId().value(), NotificationKind.BUYOUT_REQUESTED, event.clientId().value(), contract.title(),
				label("notification.detail.buyoutFee", money(event.fee(), contract.currency())),
				"/contracts/" + contract.id(), "buyout-requested:" + contract.id());
	}

	@EventListener
	void on(BuyoutConfirmed event) {
		if (!exists("contracts", event.contractId().value())) {
			return;
		}
		Contract contract = this.contracts.get(event.clientId(), event.contractId());
		tell(event.clientId().value(), NotificationKind.BUYOUT_CONFIRMED, event.expertId().value(), contract.title(),
				null, "/contracts/" + contract.id(), "buyout-confirmed:" + contract.id());
	}

	@EventListener
	void on(ContactCaseDecided event) {
		String job = null;
		String link = "/";
		UUID conversationId = event.conversationId();
		if (conversationId != null && this.chat.participantIds(conversationId).contains(event.writerId())) {
			ConversationSummary conversation = this.chat.conversation(conversationId, UserId.of(event.writerId()));
			job = conversation.title();
			link = "/applications/" + conversation.applicationId() + "#chat";
		}
		String detail = event.released() ? label("notification.detail.released")
				: label("notification.detail.confirmed", event.strikes());
		tell(event.writerId(), NotificationKind.MODERATION_DECISION, null, job, detail, link,
				"moderation:" + event.caseId());
	}

	/**
	 * Stores the notification and, as its recipient chose, queues its e-mail; both once
	 * per key.
	 */
	private void tell(UUID recipientId, NotificationKind kind, @Nullable UUID actorId, @Nullable String job,
			@Nullable String detail, String link, String key) {
		tell(recipientId, kind, actorId, job, detail, link, key, null);
	}

	/**
	 * As above, with a detail for the e-mail only that names a time (written in the
	 * recipient's zone; the notification center shows its times itself).
	 */
	private void tell(UUID recipientId, NotificationKind kind, @Nullable UUID actorId, @Nullable String job,
			@Nullable String detail, String link, String key,
			java.util.function.@Nullable Function<java.time.ZoneId, String> emailDetail) {
		String actor = (actorId != null) ? this.notifier.name(actorId) : null;
		this.center.record(recipientId, kind, actor, job, detail, link, key).ifPresent((notification) -> {
			java.time.ZoneId zone = this.settings.timeZone(recipientId);
			Notification emailed = (emailDetail == null) ? notification
					: new Notification(notification.id(), notification.kind(), notification.text(),
							notification.actorName(), notification.jobTitle(), emailDetail.apply(zone),
							notification.link(), notification.createdAt(), notification.read());
			NotificationEmails.Email email = this.emails.compose(emailed, zone);
			this.notifier.notify(recipientId, kind, email.subject(), email.text(), email.html(), link, key);
		});
	}

	private @Nullable String job(UUID jobId) {
		return exists("jobs", jobId) ? this.jobs.get(JobId.of(jobId)).title() : null;
	}

	/**
	 * Whether the row an event names exists: a lookup that throws would mark the
	 * publisher's transaction rollback-only, and a notification must never undo the step
	 * it tells of (events replayed or published without their rows are skipped).
	 */
	private boolean exists(String table, UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = ?")
			.param(id)
			.query(Integer.class)
			.single() > 0;
	}

	private String label(String code, Object... args) {
		return this.messages.getMessage(code, args, code, Locale.ENGLISH);
	}

	private static @Nullable String join(@Nullable String first, @Nullable String second) {
		List<String> parts = java.util.stream.Stream.of(first, second)
			.filter((part) -> part != null && !part.isBlank())
			.map(String::strip)
			.toList();
		return parts.isEmpty() ? null : String.join(" — ", parts);
	}

	private static String money(BigDecimal amount, String currency) {
		return NotificationEmails.money(amount, currency);
	}

}
