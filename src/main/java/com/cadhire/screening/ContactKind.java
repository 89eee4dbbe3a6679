package com.cadhire.screening;

/**
 * The kind of contact information a {@link Finding} represents.
 */
public enum ContactKind {

	/**
	 * An e-mail address, including disguised forms such as
	 * {@code john [at] gmail dot com}.
	 */
	EMAIL,

	/** A phone number in any country format, including spelled-out or padded digits. */
	PHONE,

	/** A web link or bare domain name. */
	URL,

	/**
	 * A social-network handle or profile link (Instagram, LinkedIn, {@code @name} ...).
	 */
	HANDLE,

	/**
	 * A messenger or meeting identifier (Skype, WhatsApp, Telegram, WeChat, Zoom ...).
	 */
	MESSENGER,

	/** A postal or street address. */
	ADDRESS

}
