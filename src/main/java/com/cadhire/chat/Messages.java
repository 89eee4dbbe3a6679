package com.cadhire.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.common.Times;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only timeline of messages and system events. Every query walks one of the
 * unique indexes {@code (conversation_id, seq)} or
 * {@code (conversation_id, sender_id, client_message_id)}.
 */
@Repository
class Messages {

	private static final String COLUMNS = """
			SELECT id, conversation_id, seq, type, sender_id, body, kind, data, client_message_id, sent_at
			FROM messages
			""";

	private final JdbcClient jdbc;

	Messages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MessageRow row) {
		this.jdbc
			.sql("""
					INSERT INTO messages (id, conversation_id, seq, type, sender_id, body, kind, data, client_message_id, sent_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.conversationId(), row.seq(), row.type().name(), row.senderId(), row.body(),
					row.kind(), row.data(), row.clientMessageId(), Times.sql(row.sentAt()))
			.update();
	}

	/**
	 * The sender's messages since a time, at most {@code limit}, oldest first: what a new
	 * message is screened together with.
	 */
	List<String> recentBodies(UUID conversationId, UUID senderId, java.time.Instant since, int limit) {
		List<String> newestFirst = this.jdbc.sql("""
				SELECT body FROM messages WHERE conversation_id = ? AND sender_id = ? AND sent_at >= ?
				  AND type = 'MESSAGE' ORDER BY sent_at DESC LIMIT ?""")
			.params(conversationId, senderId, Times.sql(since), limit)
			.query(String.class)
			.list();
		List<String> oldestFirst = new java.util.ArrayList<>(newestFirst);
		java.util.Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	void replaceBody(UUID messageId, String body) {
		this.jdbc.sql("UPDATE messages SET body = ? WHERE id = ?").params(body, messageId).update();
	}

	Optional<MessageRow> findBySenderAndClientId(UUID conversationId, UUID senderId, String clientMessageId) {
		return this.jdbc.sql(COLUMNS + "WHERE conversation_id = ? AND sender_id = ? AND client_message_id = ?")
			.params(conversationId, senderId, clientMessageId)
			.query(Messages::row)
			.optional();
	}

	/**
	 * @return up to {@code limit} entries with a seq above {@code after}, ascending
	 */
	List<MessageRow> after(UUID conversationId, long after, int limit) {
		return this.jdbc.sql(COLUMNS + "WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?")
			.params(conversationId, after, limit)
			.query(Messages::row)
			.list();
	}

	/**
	 * @return up to {@code limit} entries with a seq below {@code before}, newest first
	 */
	List<MessageRow> before(UUID conversationId, long before, int limit) {
		return this.jdbc.sql(COLUMNS + "WHERE conversation_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?")
			.params(conversationId, before, limit)
			.query(Messages::row)
			.list();
	}

	/**
	 * Finds entries whose body contains a text, ignoring case, newest first. Scans one
	 * conversation's timeline backwards from {@code before}; good enough for the size of
	 * an interview's chat.
	 */
	List<MessageRow> search(UUID conversationId, String text, long before, int limit) {
		String pattern = "%"
				+ text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		return this.jdbc.sql(COLUMNS + """
				WHERE conversation_id = ? AND seq < ? AND deleted_at IS NULL AND LOWER(body) LIKE ? ESCAPE '\\'
				ORDER BY seq DESC LIMIT ?""")
			.params(conversationId, before, pattern, limit)
			.query(Messages::row)
			.list();
	}

	private static MessageRow row(ResultSet rs, int n) throws SQLException {
		return new MessageRow(rs.getObject("id", UUID.class), rs.getObject("conversation_id", UUID.class),
				rs.getLong("seq"), MessageType.valueOf(rs.getString("type")), rs.getObject("sender_id", UUID.class),
				rs.getString("body"), rs.getString("kind"), rs.getString("data"), rs.getString("client_message_id"),
				Times.instant(rs, "sent_at"));
	}

	/**
	 * A timeline entry as stored.
	 *
	 * @param data the system event's details as JSON text
	 */
	record MessageRow(UUID id, UUID conversationId, long seq, MessageType type, @Nullable UUID senderId, String body,
			@Nullable String kind, @Nullable String data, @Nullable String clientMessageId, Instant sentAt) {
	}

}
