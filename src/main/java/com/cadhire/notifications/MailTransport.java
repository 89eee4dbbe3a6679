package com.cadhire.notifications;

import org.jspecify.annotations.Nullable;

/**
 * Hands one e-mail to whatever delivers it.
 */
@FunctionalInterface
interface MailTransport {

	/**
	 * @param to the recipient address
	 * @param subject the subject
	 * @param body plain text
	 * @throws Exception if it was not accepted; the outbox tries again later
	 */
	void send(String to, String subject, String body) throws Exception;

	/**
	 * Sends an e-mail with a plain-text part and, if given, an HTML alternative; a
	 * transport that knows only plain text sends the text.
	 * @param to the recipient address
	 * @param subject the subject
	 * @param body plain text
	 * @param html the same as HTML, or {@code null}
	 * @throws Exception if it was not accepted; the outbox tries again later
	 */
	default void send(String to, String subject, String body, @Nullable String html) throws Exception {
		send(to, subject, body);
	}

}
