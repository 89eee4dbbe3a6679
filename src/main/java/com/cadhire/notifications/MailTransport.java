package com.cadhire.notifications;

import org.jspecify.annotations.Nullable;

/**
 * Hands one e-mail to whatever delivers it.
 */
@FunctionalInterface
interface MailTransport {

	/**
	 * @param messageId the e-mail's {@code Message-ID}, the same on every attempt for one
	 * outbox row, so a receiver can drop the copy of an e-mail sent twice (delivery is at
	 * least once)
	 * @param to the recipient address
	 * @param subject the subject
	 * @param body plain text
	 * @throws Exception if it was not accepted; the outbox tries again later
	 */
	void send(String messageId, String to, String subject, String body) throws Exception;

	/**
	 * Sends an e-mail with a plain-text part and, if given, an HTML alternative; a
	 * transport that knows only plain text sends the text.
	 * @param messageId the e-mail's {@code Message-ID}, as above
	 * @param to the recipient address
	 * @param subject the subject
	 * @param body plain text
	 * @param html the same as HTML, or {@code null}
	 * @throws Exception if it was not accepted; the outbox tries again later
	 */
	default void send(String messageId, String to, String subject, String body, @Nullable String html)
			throws Exception {
		send(messageId, to, subject, body);
	}

}
