package com.cadhire.live;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.ConversationRead;
import com.cadhire.chat.MessagePosted;
import com.cadhire.chat.MessageReleased;
import com.cadhire.chat.MessageUpdated;
import com.cadhire.chat.SystemEventRecorded;
import com.cadhire.chat.TimelineReader;
import com.cadhire.chat.TypingStarted;
import com.cadhire.common.UserId;
import com.cadhire.contracts.BuyoutConfirmed;
import com.cadhire.contracts.BuyoutRequested;
import com.cadhire.contracts.ContractEnded;
import com.cadhire.contracts.ContractStarted;
import com.cadhire.hiring.ApplicationDeclined;
import com.cadhire.hiring.ApplicationReplied;
import com.cadhire.hiring.ApplicationSubmitted;
import com.cadhire.hiring.ApplicationWithdrawn;
import com.cadhire.hiring.InviteAnswered;
import com.cadhire.hiring.InviteExpired;
import com.cadhire.hiring.InviteSent;
import com.cadhire.hiring.InviteWithdrawn;
import com.cadhire.hiring.OfferAnswered;
import com.cadhire.hiring.OfferSent;
import com.cadhire.hiring.TermsProposed;
import com.cadhire.notifications.Notification;
import com.cadhire.notifications.NotificationCreated;
import com.cadhire.notifications.NotificationsRead;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the events of chat, hiring and contracts into the live events of the users they
 * concern. Listens synchronously, so the events are logged in the transaction of the
 * change (see {@link LiveEvents}); an asynchronous listener would run after commit, and a
 * crash in between would lose them.
 * <p>
 * A timeline entry travels in full, exactly as {@code GET /conversations/{id}/messages}
 * returns it. Funnel changes travel as a compact object (ids, type, status and a line of
 * text for people), since their full form belongs to the hiring module's API; a client
 * fetches the object by its id when it needs more.
 */
@Component
class LiveEventWriter {

	private final LiveEvents live;

	private final WakeUpBus bus;

	private final ConversationManagement chat;

	private final TimelineReader timeline;

	private final AccountManagement accounts;

	private final JsonMapper json;

	LiveEventWriter(LiveEvents live, WakeUpBus bus, ConversationManagement chat, TimelineReader timeline,
			AccountManagement accounts, JsonMapper json) {
		this.live = live;
		this.bus = bus;
		this.chat = chat;
		this.timeline = timeline;
		this.accounts = accounts;
		this.json = json;
	}

	@EventListener
	void on(MessagePosted event) {
		String data = this.json.writeValueAsString(this.timeline.entry(event.conversationId(), event.messageId()));
		for (UUID user : sorted(event.participantIds())) {
			this.live.record(user, "message.created", data, !user.equals(event.senderId()));
		}
	}

	@EventListener
	void on(SystemEventRecorded event) {
		String data = this.json.writeValueAsString(this.timeline.entry(event.conversationId(), event.messageId()));
		for (UUID user : sorted(event.participantIds())) {
			this.live.record(user, "message.created", data, false);
		}
	}

	@EventListener
	void on(MessageUpdated event) {
		String data = this.json.writeValueAsString(this.timeline.entry(event.conversationId(), event.messageId()));
		for (UUID user : sorted(event.participantIds())) {
			this.live.record(user, "message.updated", data, event.deleted());
		}
	}

	@EventListener
	void on(MessageReleased event) {
		// a message held for review was released: everyone now sees the original text
		String data = this.json.writeValueAsString(this.timeline.entry(event.conversationId(), event.messageId()));
		for (UUID user : sorted(event.participantIds())) {
			this.live.record(user, "message.updated", data, false);
		}
	}

	@EventListener
	void on(ConversationRead event) {
		String data = this.json.writeValueAsString(Map.of("conversationId", event.conversationId(), "participantId",
				event.participantId(), "upToSeq", event.upToSeq()));
		for (UUID user : sorted(this.chat.participantIds(event.conversationId()))) {
			this.live.record(user, "conversation.read", data, user.equals(event.participantId()));
		}
	}

	@EventListener
	void on(TypingStarted event) {
		Set<UUID> others = new TreeSet<>(event.participantIds());
		others.remove(event.userId());
		if (!others.isEmpty()) {
			this.bus.ephemeral(others, "typing", this.json.writeValueAsString(Map.of("conversationId",
					event.conversationId(), "userId", event.userId(), "displayName", event.displayName())));
		}
	}

	@EventListener
	void on(InviteSent event) {
		funnel(Set.of(event.expertId().value()), "invite.received",
				compact("invite", "PENDING", name(event.clientId().value()) + " invited you to a job", "inviteId",
						event.inviteId().value(), "jobId", event.jobId().value(), "clientId", event.clientId().value(),
						"expertId", event.expertId().value()));
	}

	@EventListener
	void on(InviteAnswered event) {
		UUID clientId = event.clientId().value();
		String verb = switch (event.answer()) {
			case ACCEPTED -> " accepted";
			case DECLINED -> " declined";
		};
		funnel(Set.of(clientId, event.expertId().value()), "invite.answered",
				compact("invite", event.answer().name(), name(event.expertId().value()) + verb + " your invite",
						"inviteId", event.inviteId().value(), "clientId", clientId, "expertId",
						event.expertId().value()));
	}

	@EventListener
	void on(ApplicationReplied event) {
		funnel(Set.of(event.clientId().value(), event.expertId().value()), "application.replied",
				compact("application", "INTERVIEWING", name(event.clientId().value()) + " replied to your application",
						"applicationId", event.applicationId().value(), "conversationId", event.conversationId(),
						"clientId", event.clientId().value(), "expertId", event.expertId().value()));
	}

	@EventListener
	void on(TermsProposed event) {
		funnel(Set.of(event.clientId().value(), event.expertId().value()), "terms.proposed",
				compact("terms", "PROPOSED",
						name(event.authorId().value()) + " proposed new terms (version " + event.version() + ")",
						"applicationId", event.applicationId().value(), "version", event.version(), "authorId",
						event.authorId().value()));
	}

	@EventListener
	void on(OfferSent event) {
		boolean first = event.offerVersion() == 1;
		funnel(Set.of(event.clientId().value(), event.expertId().value()), first ? "offer.sent" : "offer.changed",
				compact("offer", "PENDING", name(event.clientId().value())
						+ (first ? " sent an offer" : " changed the offer (version " + event.offerVersion() + ")"),
						"offerId", event.offerId().value(), "applicationId", event.applicationId().value(), "version",
						event.offerVersion(), "expiresAt", event.expiresAt()));
	}

	@EventListener
	void on(OfferAnswered event) {
		String name = switch (event.status()) {
			case ACCEPTED -> "offer.accepted";
			case EXPIRED -> "offer.expired";
			case PENDING, CHANGES_REQUESTED, CANCELLED, DECLINED -> "offer.changed";
		};
		String text = switch (event.status()) {
			case ACCEPTED -> name(event.expertId().value()) + " accepted the offer";
			case EXPIRED -> "The offer expired";
			case CHANGES_REQUESTED -> name(event.expertId().value()) + " suggested changes to the offer";
			case CANCELLED -> name(event.clientId().value()) + " cancelled the offer";
			case DECLINED -> "The offer was declined";
			case PENDING -> "The offer is now pending";
		};
		funnel(Set.of(event.clientId().value(), event.expertId().value()), name, compact("offer", event.status().name(),
				text, "offerId", event.offerId().value(), "applicationId", event.applicationId().value()));
	}

	@EventListener
	void on(ContractStarted event) {
		funnel(Set.of(event.clientId().value(), event.expertId().value()), "contract.started",
				compact("contract", "ACTIVE", "The contract started", "contractId", event.contractId().value(),
						"clientId", event.clientId().value(), "expertId", event.expertId().value()));
	}

	@EventListener
	void on(BuyoutRequested event) {
		funnel(Set.of(event.clientId().value(), event.expertId().value()), "buyout.requested",
				compact("contract", "BUYOUT_REQUESTED",
						name(event.clientId().value()) + " requested a Direct Hire buyout", "contractId",
						event.contractId().value(), "fee", plain(event.fee())));
	}

	@EventListener
	void on(BuyoutConfirmed event) {
		funnel(Set.of(event.clientId().value(), event.expertId().value()), "buyout.confirmed",
				compact("contract", "BUYOUT_CONFIRMED",
						name(event.expertId().value())
								+ " confirmed the Direct Hire buyout; you may now share contact details",
						"contractId", event.contractId().value()));
	}

	@EventListener
	void on(InviteWithdrawn event) {
		funnel(Set.of(event.expertId().value()), "invite.withdrawn",
				compact("invite", "WITHDRAWN", "The client withdrew an invite", "inviteId", event.inviteId().value(),
						"expertId", event.expertId().value()));
	}

	@EventListener
	void on(InviteExpired event) {
		funnel(Set.of(event.clientId().value(), event.expertId().value()), "invite.expired",
				compact("invite", "EXPIRED", "An invite expired", "inviteId", event.inviteId().value(), "clientId",
						event.clientId().value(), "expertId", event.expertId().value()));
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		funnel(Set.of(event.clientId().value(), event.expertId().value()), "application.submitted",
				compact("application", "SUBMITTED", name(event.expertId().value()) + " submitted an application",
						"applicationId", event.applicationId().value(), "jobId", event.jobId().value(), "clientId",
						event.clientId().value(), "expertId", event.expertId().value()));
	}

	@EventListener
	void on(ApplicationWithdrawn event) {
		funnel(Set.of(event.clientId().value(), event.expertId().value()), "application.withdrawn",
				compact("application", "WITHDRAWN", name(event.expertId().value()) + " withdrew the application",
						"applicationId", event.applicationId().value(), "clientId", event.clientId().value(),
						"expertId", event.expertId().value()));
	}

	@EventListener
	void on(ApplicationDeclined event) {
		funnel(Set.of(event.clientId().value(), event.expertId().value()), "application.declined",
				compact("application", "DECLINED", name(event.clientId().value()) + " declined the application",
						"applicationId", event.applicationId().value(), "clientId", event.clientId().value(),
						"expertId", event.expertId().value()));
	}

	@EventListener
	void on(ContractEnded event) {
		funnel(Set.of(event.clientId().value(), event.expertId().value()), "contract.ended",
				compact("contract", "ENDED", name(event.endedBy().value()) + " ended the contract", "contractId",
						event.contractId().value(), "clientId", event.clientId().value(), "expertId",
						event.expertId().value()));
	}

	@EventListener
	void on(NotificationCreated event) {
		Notification notification = event.notification();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", notification.id());
		data.put("kind", notification.kind().name());
		data.put("text", notification.text());
		data.put("link", notification.link());
		data.put("unread", event.unread());
		this.live.record(event.recipientId(), "notification.created", this.json.writeValueAsString(data), false);
	}

	@EventListener
	void on(NotificationsRead event) {
		this.live.record(event.recipientId(), "notification.read",
				this.json.writeValueAsString(Map.of("unread", event.unread())), false);
	}

	private void funnel(Set<UUID> users, String name, Map<String, Object> data) {
		String json = this.json.writeValueAsString(data);
		for (UUID user : sorted(users)) {
			this.live.record(user, name, json, false);
		}
	}

	private static Map<String, Object> compact(String type, String status, String text, Object... ids) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("type", type);
		for (int i = 0; i < ids.length; i += 2) {
			data.put((String) ids[i], ids[i + 1]);
		}
		data.put("status", status);
		data.put("text", text);
		return data;
	}

	private String name(UUID accountId) {
		return this.accounts.summary(UserId.of(accountId)).map(AccountSummary::displayName).orElse("Former member");
	}

	private static String plain(BigDecimal amount) {
		return amount.toPlainString();
	}

	private static Set<UUID> sorted(Set<UUID> users) {
		return new TreeSet<>(users);
	}

}
