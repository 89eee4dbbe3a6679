package com.cadhire.profiles;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.accounts.Role;
import com.cadhire.chat.MessagePosted;
import com.cadhire.common.Times;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs who wrote each chat message (the client or the expert of the conversation) and
 * when, for message responsiveness. One idempotent insert per event, so events may arrive
 * in any order and more than once; which message answers which is decided on read.
 * <p>
 * Runs synchronously in the sending transaction: the log entry is stored exactly when the
 * message is, at the cost of one statement and without a round through the event
 * publication registry (which would cost three more per message).
 */
@Component
class MessageResponsivenessListener {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	MessageResponsivenessListener(JdbcClient jdbc, AccountManagement accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@EventListener
	void on(MessagePosted event) {
		Map<UUID, AccountSummary> people = this.accounts.summaries(event.participantIds());
		AccountSummary sender = people.get(event.senderId());
		Optional<UUID> expert = people.values()
			.stream()
			.filter((person) -> person.role() == Role.EXPERT)
			.map(AccountSummary::id)
			.sorted()
			.findFirst();
		if (sender == null || expert.isEmpty() || (sender.role() != Role.CLIENT && !sender.id().equals(expert.get()))) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO message_reply_log (conversation_id, seq, expert_id, from_expert, sent_at)
				SELECT ?, ?, ?, ?, ?
				WHERE NOT EXISTS (SELECT 1 FROM message_reply_log WHERE conversation_id = ? AND seq = ?)""")
			.params(event.conversationId(), event.seq(), expert.get(), sender.role() == Role.EXPERT,
					Times.sql(event.sentAt()), event.conversationId(), event.seq())
			.update();
	}

}
