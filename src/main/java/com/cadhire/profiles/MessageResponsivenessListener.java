package com.cadhire.profiles;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.accounts.Role;
import com.cadhire.chat.ChatMessage;
import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.MessagePosted;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Times;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Logs who wrote each chat message (the client or the expert of the conversation) and
 * when, for message responsiveness. One idempotent insert per event, so events may arrive
 * in any order and more than once; which message answers which is decided on read.
 */
@Component
class MessageResponsivenessListener {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final ConversationManagement chat;

	MessageResponsivenessListener(JdbcClient jdbc, AccountManagement accounts, ConversationManagement chat) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.chat = chat;
	}

	@ApplicationModuleListener
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
		Instant sentAt;
		try {
			List<ChatMessage> message = this.chat
				.messages(event.conversationId(), event.senderId(), event.seq() - 1, null, 1)
				.items();
			if (message.isEmpty()) {
				return;
			}
			sentAt = message.get(0).sentAt();
		}
		catch (NotFoundException ex) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO message_reply_log (conversation_id, seq, expert_id, from_expert, sent_at)
				SELECT ?, ?, ?, ?, ?
				WHERE NOT EXISTS (SELECT 1 FROM message_reply_log WHERE conversation_id = ? AND seq = ?)""")
			.params(event.conversationId(), event.seq(), expert.get(), sender.role() == Role.EXPERT, Times.sql(sentAt),
					event.conversationId(), event.seq())
			.update();
	}

}
