package com.cadhire.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.common.Cursor;
import com.cadhire.common.Keyset;
import com.cadhire.common.Times;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Conversations and their participants, with plain SQL.
 * <p>
 * Not a Spring Data aggregate on purpose: the conversation row is the per-conversation
 * sequence counter that every send locks and bumps, and participants' read pointers move
 * on every read. Saving a loaded object back would race with both; single-row
 * {@code UPDATE}s with conditions do not. The {@code version} column is kept for
 * optimistic locking of metadata changes (title, membership) once they exist.
 */
@Repository
class Conversations {

	private final JdbcClient jdbc;

	Conversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> idOfApplication(UUID applicationId) {
		return this.jdbc.sql("SELECT id FROM conversations WHERE application_id = ?")
			.param(applicationId)
			.query(UUID.class)
			.optional();
	}

	void insert(UUID id, UUID applicationId, String title, Instant now) {
		this.jdbc.sql("""
				INSERT INTO conversations (id, application_id, title, created_at, last_seq, last_activity_at, version)
				VALUES (?, ?, ?, ?, 0, ?, 0)""")
			.params(id, applicationId, title, Times.sql(now), Times.sql(now))
			.update();
	}

	void addParticipant(UUID conversationId, UUID participantId, ParticipantRole role, Instant now) {
		this.jdbc.sql("""
				INSERT INTO conversation_participants
				    (conversation_id, participant_id, role, last_read_seq, joined_at, last_activity_at)
				VALUES (?, ?, ?, 0, ?, ?)""")
			.params(conversationId, participantId, role.name(), Times.sql(now), Times.sql(now))
			.update();
	}

	/**
	 * @param conversationId a conversation
	 * @return its participants' ids (primary key lookup)
	 */
	List<UUID> participantIds(UUID conversationId) {
		return this.jdbc.sql("SELECT participant_id FROM conversation_participants WHERE conversation_id = ?")
			.param(conversationId)
			.query(UUID.class)
			.list();
	}

	boolean isParticipant(UUID conversationId, UUID participantId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM conversation_participants WHERE conversation_id = ? AND participant_id = ?")
			.params(conversationId, participantId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Locks the conversation row until the end of the transaction, which serialises the
	 * senders of one conversation, and reads the seq of its newest message.
	 * @param conversationId the conversation
	 * @return the current last seq
	 */
	long lockLastSeq(UUID conversationId) {
		return this.jdbc.sql("SELECT last_seq FROM conversations WHERE id = ? FOR UPDATE")
			.param(conversationId)
			.query(Long.class)
			.single();
	}

	/**
	 * Records that a timeline entry was appended, and counts a message as unread for the
	 * participants other than its sender. Only called while holding the lock of
	 * {@link #lockLastSeq(UUID)}.
	 * @param conversationId the conversation
	 * @param seq the seq just used
	 * @param at when
	 * @param unreadFor the sender of a message, whose counterparts now have one more
	 * unread message; {@code null} for a system event, which is never unread
	 */
	void advance(UUID conversationId, long seq, Instant at, @Nullable UUID unreadFor) {
		// not indexed: the exact activity time, shown in the lists
		this.jdbc.sql("UPDATE conversations SET last_seq = ?, last_activity_at = ? WHERE id = ?")
			.params(seq, Times.sql(at), conversationId)
			.update();
		// The participants' copy is the sort key of their lists, in an index: changing it
		// writes a new index entry (and rules out PostgreSQL's heap-only updates). A
		// conversation already at the top of a participant's list keeps its key for up to
		// SORT_KEY_RESOLUTION: moving it up would not change the order, since any other
		// conversation that becomes active later gets a newer key than the old one.
		List<Object> params = new java.util.ArrayList<>();
		if (unreadFor != null) {
			params.add(unreadFor);
		}
		params.addAll(List.of(Times.sql(at.minus(SORT_KEY_RESOLUTION)), Times.sql(at), conversationId));
		this.jdbc
			.sql("""
					UPDATE conversation_participants p SET
					    unread_count = %s,
					    last_activity_at = CASE
					        WHEN p.last_activity_at >= ? AND NOT EXISTS (
					            SELECT 1 FROM conversation_participants o WHERE o.participant_id = p.participant_id
					            AND (o.last_activity_at, o.conversation_id) > (p.last_activity_at, p.conversation_id))
					        THEN p.last_activity_at ELSE ? END
					WHERE p.conversation_id = ?""".formatted((unreadFor != null)
					? "unread_count + CASE WHEN p.participant_id = ? THEN 0 ELSE 1 END" : "unread_count"))
			.params(params)
			.update();
	}

	/**
	 * Takes a deleted message off the unread counts of the participants who had not read
	 * it. Only called while holding the lock of {@link #lockLastSeq(UUID)}.
	 * @param conversationId the conversation
	 * @param seq the deleted message's seq
	 * @param senderId its sender
	 */
	void forgetUnread(UUID conversationId, long seq, UUID senderId) {
		this.jdbc.sql("""
				UPDATE conversation_participants SET unread_count = unread_count - 1
				WHERE conversation_id = ? AND participant_id <> ? AND last_read_seq < ? AND unread_count > 0""")
			.params(conversationId, senderId, seq)
			.update();
	}

	Optional<Long> readPointer(UUID conversationId, UUID participantId) {
		return this.jdbc
			.sql("SELECT last_read_seq FROM conversation_participants WHERE conversation_id = ? AND participant_id = ?")
			.params(conversationId, participantId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Moves a read pointer forward and takes the messages it passes off the unread count;
	 * a lower value than the current one changes nothing, also when two tabs report at
	 * once. Only called while holding the lock of {@link #lockLastSeq(UUID)}, so that no
	 * send or delete changes the count meanwhile. The count walks only the messages
	 * passed, and none when the pointer moves to the newest message.
	 * @return whether the pointer moved
	 */
	boolean moveReadPointerForward(UUID conversationId, UUID participantId, long upToSeq, long lastSeq) {
		if (upToSeq >= lastSeq) {
			return this.jdbc.sql("""
					UPDATE conversation_participants SET last_read_seq = ?, unread_count = 0
					WHERE conversation_id = ? AND participant_id = ? AND last_read_seq < ?""")
				.params(upToSeq, conversationId, participantId, upToSeq)
				.update() > 0;
		}
		return this.jdbc.sql("""
				UPDATE conversation_participants SET last_read_seq = ?, unread_count = unread_count - (
				    SELECT COUNT(*) FROM messages m
				    WHERE m.conversation_id = conversation_participants.conversation_id
				      AND m.seq > conversation_participants.last_read_seq AND m.seq <= ?
				      AND m.type = 'MESSAGE' AND m.sender_id <> conversation_participants.participant_id
				      AND m.deleted_at IS NULL)
				WHERE conversation_id = ? AND participant_id = ? AND last_read_seq < ?""")
			.params(upToSeq, upToSeq, conversationId, participantId, upToSeq)
			.update() > 0;
	}

	/**
	 * Sets a read pointer, backwards included (mark as unread), and counts the unread
	 * messages after it anew. Only called while holding the lock of
	 * {@link #lockLastSeq(UUID)}.
	 * @return whether the pointer changed
	 */
	boolean setReadPointer(UUID conversationId, UUID participantId, long seq) {
		return this.jdbc.sql("""
				UPDATE conversation_participants SET last_read_seq = ?, unread_count = (
				    SELECT COUNT(*) FROM messages m
				    WHERE m.conversation_id = conversation_participants.conversation_id AND m.seq > ?
				      AND m.type = 'MESSAGE' AND m.sender_id <> conversation_participants.participant_id
				      AND m.deleted_at IS NULL)
				WHERE conversation_id = ? AND participant_id = ? AND last_read_seq <> ?""")
			.params(seq, seq, conversationId, participantId, seq)
			.update() > 0;
	}

	/**
	 * How long the list's sort key of a conversation at the top of a participant's list
	 * may lag behind its last activity.
	 */
	static final java.time.Duration SORT_KEY_RESOLUTION = java.time.Duration.ofSeconds(5);

	private static final String SUMMARY_SELECT = """
			SELECT c.id, c.application_id, c.title, p.last_activity_at, c.last_activity_at AS c_last_activity_at,
			       m.id AS m_id, m.seq AS m_seq, m.type AS m_type, m.sender_id AS m_sender_id,
			       SUBSTRING(m.body, 1, %d) AS m_body, m.sent_at AS m_sent_at, m.deleted_at AS m_deleted_at
			FROM conversation_participants p
			JOIN conversations c ON c.id = p.conversation_id
			LEFT JOIN messages m ON m.conversation_id = c.id AND m.seq = c.last_seq
			""".formatted(ConversationSummary.PREVIEW_LENGTH + 1);

	/**
	 * One page of a participant's conversations, newest activity first, straight off the
	 * index {@code (participant_id, last_activity_at DESC, conversation_id DESC)}.
	 * @param participantId the viewer
	 * @param after the position after which to continue, {@code null} for the first page
	 * @param limit how many rows to fetch
	 * @return the rows
	 */
	List<SummaryRow> page(UUID participantId, @Nullable Cursor after, int limit) {
		String keyset = Keyset.newestFirst(after, "p.last_activity_at", "p.conversation_id");
		JdbcClient.StatementSpec statement = this.jdbc
			.sql(SUMMARY_SELECT + "WHERE p.participant_id = :me" + keyset
					+ "\nORDER BY p.last_activity_at DESC, p.conversation_id DESC LIMIT :limit")
			.param("me", participantId)
			.param("limit", limit);
		return Keyset.bind(statement, after).query(Conversations::summaryRow).list();
	}

	Optional<SummaryRow> one(UUID conversationId, UUID participantId) {
		return this.jdbc.sql(SUMMARY_SELECT + "WHERE p.conversation_id = :id AND p.participant_id = :me")
			.param("id", conversationId)
			.param("me", participantId)
			.query(Conversations::summaryRow)
			.optional();
	}

	/**
	 * The participants of many conversations, in one query.
	 * @param conversationIds the conversations
	 * @return the participants by conversation, in the order they joined
	 */
	Map<UUID, List<ParticipantRow>> participantsOf(Collection<UUID> conversationIds) {
		Map<UUID, List<ParticipantRow>> byConversation = new HashMap<>();
		if (conversationIds.isEmpty()) {
			return byConversation;
		}
		this.jdbc.sql("""
				SELECT conversation_id, participant_id, role FROM conversation_participants
				WHERE conversation_id IN (:ids) ORDER BY joined_at, role, participant_id""")
			.param("ids", conversationIds)
			.query((rs, n) -> new ParticipantRow(rs.getObject("conversation_id", UUID.class),
					rs.getObject("participant_id", UUID.class), rs.getString("role")))
			.list()
			.forEach((row) -> byConversation.computeIfAbsent(row.conversationId(), (id) -> new java.util.ArrayList<>())
				.add(row));
		return byConversation;
	}

	/**
	 * Unread messages of one participant in many conversations, read off the counters
	 * (other participants' messages after the read pointer; the participant's own
	 * messages and system events never count, and a system event repeats what the parties
	 * did, which notifications announce separately).
	 * @param participantId the viewer
	 * @param conversationIds the conversations
	 * @return unread counts of the conversations the viewer takes part in
	 */
	Map<UUID, Integer> unreadCounts(UUID participantId, Collection<UUID> conversationIds) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (conversationIds.isEmpty()) {
			return counts;
		}
		// One primary-key lookup per asked conversation, whoever the participant is.
		// The plain "participant_id = :me AND conversation_id IN (:ids)" is planned
		// generically once the driver prepares it on the server; from the average
		// participant PostgreSQL then reads all of the participant's rows and filters
		// them (25,000 for a heavy expert, issue 10).
		this.jdbc.sql("""
				SELECT c.id AS conversation_id,
				       (SELECT p.unread_count FROM conversation_participants p
				        WHERE p.conversation_id = c.id AND p.participant_id = :me) AS unread_count
				FROM conversations c WHERE c.id IN (:ids)""")
			.param("me", participantId)
			.param("ids", conversationIds)
			// not Map.entry: the count is null for a conversation the participant is not
			// in
			.query((rs, n) -> new AbstractMap.SimpleImmutableEntry<>(rs.getObject("conversation_id", UUID.class),
					rs.getObject("unread_count", Integer.class)))
			.list()
			.stream()
			.filter((entry) -> entry.getValue() != null)
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	/**
	 * Unread messages of one participant in all their conversations that have any, read
	 * off the counters of the participant's rows (the index on {@code participant_id}):
	 * the cost follows the number of the participant's conversations, not of their
	 * messages.
	 * @param participantId the viewer
	 * @return the unread count of every conversation that has unread messages
	 */
	Map<UUID, Integer> unreadCountsOfAll(UUID participantId) {
		Map<UUID, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				SELECT conversation_id, unread_count FROM conversation_participants
				WHERE participant_id = ? AND unread_count > 0""")
			.param(participantId)
			.query((rs, n) -> Map.entry(rs.getObject("conversation_id", UUID.class), rs.getInt("unread_count")))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	/**
	 * Unread messages of many participants in all their conversations that have any, in
	 * one query.
	 * @param participantIds the viewers
	 * @return per viewer, the unread count of every conversation that has unread messages
	 * (absent: none)
	 */
	Map<UUID, Map<UUID, Integer>> unreadCountsOfAll(Collection<UUID> participantIds) {
		Map<UUID, Map<UUID, Integer>> counts = new HashMap<>();
		if (participantIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				SELECT participant_id, conversation_id, unread_count FROM conversation_participants
				WHERE participant_id IN (:ids) AND unread_count > 0""").param("ids", participantIds).query((rs, n) -> {
			counts.computeIfAbsent(rs.getObject("participant_id", UUID.class), (id) -> new HashMap<>())
				.put(rs.getObject("conversation_id", UUID.class), rs.getInt("unread_count"));
			return n;
		}).list();
		return counts;
	}

	private static SummaryRow summaryRow(ResultSet rs, int n) throws SQLException {
		UUID messageId = rs.getObject("m_id", UUID.class);
		ConversationSummary.Preview preview = null;
		if (messageId != null) {
			// a deleted message's text is never shown again
			String body = (rs.getObject("m_deleted_at") != null) ? "" : rs.getString("m_body");
			if (body.length() > ConversationSummary.PREVIEW_LENGTH) {
				body = body.substring(0, ConversationSummary.PREVIEW_LENGTH - 1) + "…";
			}
			preview = new ConversationSummary.Preview(messageId, rs.getLong("m_seq"),
					MessageType.valueOf(rs.getString("m_type")), rs.getObject("m_sender_id", UUID.class), body,
					Times.instant(rs, "m_sent_at"));
		}
		return new SummaryRow(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
				rs.getString("title"), Times.instant(rs, "c_last_activity_at"), Times.instant(rs, "last_activity_at"),
				preview);
	}

	/**
	 * @param lastActivityAt the conversation's last activity
	 * @param sortKey where it stands in the viewer's list (see {@link #advance}), for the
	 * cursor of the next page
	 */
	record SummaryRow(UUID id, UUID applicationId, String title, Instant lastActivityAt, Instant sortKey,
			ConversationSummary.@Nullable Preview lastMessage) {
	}

	record ParticipantRow(UUID conversationId, UUID participantId, String role) {
	}

}
