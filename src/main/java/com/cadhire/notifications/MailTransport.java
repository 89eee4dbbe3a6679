package com.cadhire.notifications;

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

}
