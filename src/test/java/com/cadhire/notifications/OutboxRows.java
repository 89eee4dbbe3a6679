package com.cadhire.notifications;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the e-mail tests read of the outbox table.
 *
 * @param jdbc the application's database
 */
record OutboxRows(JdbcClient jdbc) {

	/**
	 * @param recipientId the recipient
	 * @param kind a notification kind's name
	 * @return how many e-mails of that kind the recipient has in the outbox
	 */
	int count(UUID recipientId, String kind) {
		return this.jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE recipient_id = ? AND kind = ?")
			.params(recipientId, kind)
			.query(Integer.class)
			.single();
	}

	/**
	 * @param recipientId the recipient
	 * @param kind a notification kind's name
	 * @return the id of the recipient's one e-mail of that kind
	 */
	UUID id(UUID recipientId, String kind) {
		return this.jdbc.sql("SELECT id FROM email_outbox WHERE recipient_id = ? AND kind = ?")
			.params(recipientId, kind)
			.query(UUID.class)
			.single();
	}

}
