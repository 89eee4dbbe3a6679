package com.cadhire.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.common.Cursor;
import com.cadhire.common.Keyset;
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
			SELECT id, conversation_id, seq, type, sender_id, body, kind, data, client_message_id, sent_at,
			       edited_at, deleted_at, reply_to_seq
			FROM messages
			""";

	private final JdbcClient jdbc;

	Messages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores an entry unless it collides with a unique constraint (the seq of the
	 * conversation, or the sender's client message id), which leaves the transaction
	 * usable without a savepoint.
	 * @return whether the row was stored
	 */
	boolean insert(MessageRow row) {
		return this.jdbc
			.sql("""
					INSERT INTO messages (id, conversation_id, seq, type, sender_id, body, kind, data, client_message_id, sent_at,
					    reply_to_seq)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(row.id(), row.conversationId(), row.seq(), row.type().name(), row.senderId(), row.body(),
					row.kind(), row.data(), row.clientMessageId(), Times.sql(row.sentAt()), row.replyToSeq())
			.update() > 0;
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

	/**
	 * @return the entry with this id in this conversation (primary key lookup)
	 */
	Optional<MessageRow> find(UUID conversationId, UUID messageId) {
		return this.jdbc.sql(COLUMNS + "WHERE id = ? AND conversation_id = ?")
			.params(messageId, conversationId)
			.query(Messages::row)
			.optional();
	}

	/**
	 * @return the entries of one conversation with these seqs, in any order
	 */
	List<MessageRow> bySeqs(UUID conversationId, Collection<Long> seqs) {
		if (seqs.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(COLUMNS + "WHERE conversation_id = :conversation AND seq IN (:seqs)")
			.param("conversation", conversationId)
			.param("seqs", seqs)
			.query(Messages::row)
			.list();
	}

	/**
	 * Replaces the body of a message that is not deleted.
	 * @return whether a row changed
	 */
	boolean edit(UUID messageId, String body, Instant at) {
		return this.jdbc.sql("UPDATE messages SET body = ?, edited_at = ? WHERE id = ? AND deleted_at IS NULL")
			.params(body, Times.sql(at), messageId)
			.update() > 0;
	}

	/**
	 * Marks a message deleted. The stored text stays for moderation; participants never
	 * see it again.
	 * @return whether a row changed
	 */
	boolean delete(UUID messageId, Instant at) {
		return this.jdbc.sql("UPDATE messages SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")
			.params(Times.sql(at), messageId)
			.update() > 0;
	}

	/**
	 * Finds entries containing a text, ignoring case, in all conversations of one
	 * participant, newest first, continuing after a keyset position.
	 */
	List<MessageRow> searchAll(UUID participantId, String text, @Nullable Cursor after, int limit) {
		String keyset = Keyset.newestFirst(after, "m.sent_at", "m.id");
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				SELECT m.id, m.conversation_id, m.seq, m.type, m.sender_id, m.body, m.kind, m.data, m.client_message_id,
				       m.sent_at, m.edited_at, m.deleted_at, m.reply_to_seq
				FROM conversation_participants p JOIN messages m ON m.conversation_id = p.conversation_id
				WHERE p.participant_id = :me AND m.deleted_at IS NULL AND LOWER(m.body) LIKE :pattern ESCAPE '\\'
				""" + keyset + "\nORDER BY m.sent_at DESC, m.id DESC LIMIT :limit")
			.param("me", participantId)
			.param("pattern", likePattern(text))
			.param("limit", limit);
		return Keyset.bind(statement, after).query(Messages::row).list();
	}

	private static String likePattern(String text) {
		return "%"
				+ text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
	}

	private static MessageRow row(ResultSet rs, int n) throws SQLException {
		return new MessageRow(rs.getObject("id", UUID.class), rs.getObject("conversation_id", UUID.class),
				rs.getLong("seq"), MessageType.valueOf(rs.getString("type")), rs.getObject("sender_id", UUID.class),
				rs.getString("body"), rs.getString("kind"), rs.getString("data"), rs.getString("client_message_id"),
				Times.instant(rs, "sent_at"), Times.instant(rs, "edited_at"), Times.instant(rs, "deleted_at"),
				rs.getObject("reply_to_seq", Long.class));
	}

	/**
	 * A timeline entry as stored.
	 *
	 * @param data the system event's details as JSON text
	 */
	record MessageRow(UUID id, UUID conversationId, long seq, MessageType type, @Nullable UUID senderId, String body,
			@Nullable String kind, @Nullable String data, @Nullable String clientMessageId, Instant sentAt,
			@Nullable Instant editedAt, @Nullable Instant deletedAt, @Nullable Long replyToSeq) {

		MessageRow(UUID id, UUID conversationId, long seq, MessageType type, @Nullable UUID senderId, String body,
				@Nullable String kind, @Nullable String data, @Nullable String clientMessageId, Instant sentAt,
				@Nullable Long replyToSeq) {
			this(id, conversationId, seq, type, senderId, body, kind, data, clientMessageId, sentAt, null, null,
					replyToSeq);
		}

	}

}
