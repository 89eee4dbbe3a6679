package com.cadhire.notifications;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an e-mail is about; each person chooses a {@link Delivery} per kind.
 */
public enum NotificationKind {

	/** An expert received an invite. */
	INVITE_RECEIVED("inviteReceived", Delivery.IMMEDIATE),

	/** The client replied to an expert's application: the interview is open. */
	APPLICATION_REPLIED("applicationReplied", Delivery.IMMEDIATE),

	/** An expert received an offer or a new version of it. */
	OFFER_RECEIVED("offerReceived", Delivery.IMMEDIATE),

	/** The expert accepted the client's offer. */
	OFFER_ACCEPTED("offerAccepted", Delivery.IMMEDIATE),

	/** An offer to the expert expires within a day. */
	OFFER_EXPIRING("offerExpiring", Delivery.IMMEDIATE),

	/** Messages in a conversation are still unread. */
	UNREAD_MESSAGES("unreadMessages", Delivery.BATCHED);

	private final String field;

	private final Delivery byDefault;

	NotificationKind(String field, Delivery byDefault) {
		this.field = field;
		this.byDefault = byDefault;
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
	 * @param field a field name of the settings JSON
	 * @return its kind, if there is one
	 */
	public static Optional<NotificationKind> ofField(String field) {
		return Arrays.stream(values()).filter((kind) -> kind.field.equals(field)).findFirst();
	}

}
