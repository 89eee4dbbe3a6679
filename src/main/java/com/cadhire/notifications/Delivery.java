package com.cadhire.notifications;

/**
 * How someone wants to hear about one kind of notification.
 */
public enum Delivery {

	/** An e-mail as soon as it happens. */
	IMMEDIATE,

	/**
	 * Unread messages: one e-mail per conversation for what is still unread after a short
	 * wait; other kinds: a digest.
	 */
	BATCHED,

	/** No e-mail. */
	OFF

}
