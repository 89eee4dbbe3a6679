package com.cadhire.notifications;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.cadhire.accounts.Role;

/**
 * What a notification is about: one per step of the funnel the other party (or a
 * moderator) takes, each for the role it reaches. Every kind but {@link #UNREAD_MESSAGES}
 * is also listed in the notification center; each person chooses a {@link Delivery} for
 * the e-mail of each kind of their role.
 */
public enum NotificationKind {

	/** An expert received an invite. */
	INVITE_RECEIVED("inviteReceived", Delivery.IMMEDIATE, Role.EXPERT),

	/** The client took an invite back before the expert answered. */
	INVITE_WITHDRAWN("inviteWithdrawn", Delivery.IMMEDIATE, Role.EXPERT),

	/** An invite expired unanswered: the expert's and the client's. */
	INVITE_EXPIRED("inviteExpired", Delivery.BATCHED, Role.CLIENT, Role.EXPERT),

	/** The expert accepted an invite with the client's terms. */
	INVITE_ACCEPTED("inviteAccepted", Delivery.IMMEDIATE, Role.CLIENT),

	/** The expert accepted an invite with terms of their own. */
	INVITE_NEGOTIATED("inviteNegotiated", Delivery.IMMEDIATE, Role.CLIENT),

	/** The expert accepted an invite to chat first. */
	INVITE_CHAT_FIRST("inviteChatFirst", Delivery.IMMEDIATE, Role.CLIENT),

	/** The expert declined an invite, with a reason. */
	INVITE_DECLINED("inviteDeclined", Delivery.IMMEDIATE, Role.CLIENT),

	/** An expert applied, or submitted their terms after chatting first. */
	APPLICATION_RECEIVED("applicationReceived", Delivery.IMMEDIATE, Role.CLIENT),

	/** The expert withdrew an application. */
	APPLICATION_WITHDRAWN("applicationWithdrawn", Delivery.IMMEDIATE, Role.CLIENT),

	/** The client replied to an expert's application: the interview is open. */
	APPLICATION_REPLIED("applicationReplied", Delivery.IMMEDIATE, Role.EXPERT),

	/** The client declined an expert's application. */
	APPLICATION_DECLINED("applicationDeclined", Delivery.IMMEDIATE, Role.EXPERT),

	/** The other party proposed a new version of the terms. */
	TERMS_PROPOSED("termsProposed", Delivery.IMMEDIATE, Role.CLIENT, Role.EXPERT),

	/** An expert received an offer. */
	OFFER_RECEIVED("offerReceived", Delivery.IMMEDIATE, Role.EXPERT),

	/** The client changed an offer: a new version of it. */
	OFFER_MODIFIED("offerModified", Delivery.IMMEDIATE, Role.EXPERT),

	/** The expert asked for changes to an offer. */
	OFFER_CHANGES_REQUESTED("offerChangesRequested", Delivery.IMMEDIATE, Role.CLIENT),

	/** The expert accepted the client's offer. */
	OFFER_ACCEPTED("offerAccepted", Delivery.IMMEDIATE, Role.CLIENT),

	/** The client cancelled an offer. */
	OFFER_CANCELLED("offerCancelled", Delivery.IMMEDIATE, Role.EXPERT),

	/** An offer to the expert expires within a day. */
	OFFER_EXPIRING("offerExpiring", Delivery.IMMEDIATE, Role.EXPERT),

	/** An offer expired unanswered: the expert's and the client's. */
	OFFER_EXPIRED("offerExpired", Delivery.IMMEDIATE, Role.CLIENT, Role.EXPERT),

	/** A contract started: for both. */
	CONTRACT_STARTED("contractStarted", Delivery.IMMEDIATE, Role.CLIENT, Role.EXPERT),

	/** The other party ended a contract. */
	CONTRACT_ENDED("contractEnded", Delivery.IMMEDIATE, Role.CLIENT, Role.EXPERT),

	/** The client asked for a Direct Hire buyout. */
	BUYOUT_REQUESTED("buyoutRequested", Delivery.IMMEDIATE, Role.EXPERT),

	/** The expert confirmed a Direct Hire buyout. */
	BUYOUT_CONFIRMED("buyoutConfirmed", Delivery.IMMEDIATE, Role.CLIENT),

	/** A moderator decided about one of one's own messages. */
	MODERATION_DECISION("moderationDecision", Delivery.IMMEDIATE, Role.CLIENT, Role.EXPERT),

	/** Messages in a conversation are still unread (e-mail only; the chat shows them). */
	UNREAD_MESSAGES("unreadMessages", Delivery.BATCHED, Role.CLIENT, Role.EXPERT);

	private final String field;

	private final Delivery byDefault;

	private final Set<Role> roles;

	NotificationKind(String field, Delivery byDefault, Role role, Role... more) {
		this.field = field;
		this.byDefault = byDefault;
		this.roles = EnumSet.of(role, more);
	}

	/**
	 * @return the field name in the settings JSON
	 */
	public String field() {
		return this.field;
	}

	/**
	 * @return the delivery of someone who never chose
	 */
	public Delivery byDefault() {
		return this.byDefault;
	}

	/**
	 * @param role a role
	 * @return whether people of that role receive this kind
	 */
	public boolean reaches(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * @return whether the notification center lists this kind
	 */
	public boolean listed() {
		return this != UNREAD_MESSAGES;
	}

	/**
	 * @param role a role
	 * @return the kinds people of that role receive, in declaration order
	 */
	public static List<NotificationKind> of(Role role) {
		return Arrays.stream(values()).filter((kind) -> kind.reaches(role)).toList();
	}

	/**
	 * @param field a field name of the settings JSON
	 * @return its kind, if there is one
	 */
	public static Optional<NotificationKind> ofField(String field) {
		return Arrays.stream(values()).filter((kind) -> kind.field.equals(field)).findFirst();
	}

}
