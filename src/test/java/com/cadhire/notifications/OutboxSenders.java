package com.cadhire.notifications;

import java.time.Clock;

import com.cadhire.support.Mailbox;

import org.springframework.transaction.PlatformTransactionManager;

/**
 * Outbox senders the e-mail tests run by hand, each over the application's outbox.
 *
 * @param outbox the outbox
 * @param properties the notification settings
 * @param clock the (test) clock
 * @param transactions the transaction manager
 */
record OutboxSenders(EmailOutbox outbox, NotificationProperties properties, Clock clock,
		PlatformTransactionManager transactions) {

	/** The sender address of the tests' SMTP e-mails. */
	static final String FROM = "CadHire <no-reply@cadhire.test>";

	/**
	 * @param transport where the e-mails go
	 * @return a sender over the outbox
	 */
	OutboxSender sender(MailTransport transport) {
		return new OutboxSender(this.outbox, transport, this.properties, this.clock, this.transactions);
	}

	/**
	 * @param mailbox the SMTP server
	 * @return a sender that hands e-mails to the mailbox over SMTP
	 */
	OutboxSender smtp(Mailbox mailbox) {
		return sender(MailTransportConfiguration.smtp(mailbox.smtpSender(), FROM));
	}

	/**
	 * Sends what other test classes queued in the shared database nowhere, so that each
	 * round of a test handles that test's e-mails.
	 */
	void discardDue() {
		drain(sender((messageId, to, subject, body) -> {
		}));
	}

	/**
	 * Runs a sender until nothing is due.
	 * @param sender the sender
	 */
	static void drain(OutboxSender sender) {
		while (sender.run() > 0) {
			// until nothing is due
		}
	}

}
