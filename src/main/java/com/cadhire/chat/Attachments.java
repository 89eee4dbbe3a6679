package com.cadhire.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.common.Times;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attachment rows, with plain SQL.
 */
@Repository
class Attachments {

	private static final String COLUMNS = """
			SELECT id, conversation_id, uploader_id, message_id, file_name, content_type, size_bytes, storage_key,
			       held_case_id
			FROM attachments
			""";

	private final JdbcClient jdbc;

	Attachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AttachmentRow row, String sha256, Instant createdAt) {
		this.jdbc.sql("""
				INSERT INTO attachments (id, conversation_id, uploader_id, message_id, file_name, content_type,
				                         size_bytes, storage_key, sha256, created_at, held_case_id)
				VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.conversationId(), row.uploaderId(), row.fileName(), row.contentType(), row.size(),
					row.storageKey(), sha256, Times.sql(createdAt), row.heldCaseId())
			.update();
	}

	/**
	 * Lifts the hold of the files held under a released moderation case.
	 * @return how many were released
	 */
	int release(UUID caseId) {
		return this.jdbc.sql("UPDATE attachments SET held_case_id = NULL WHERE held_case_id = ?")
			.param(caseId)
			.update();
	}

	Optional<AttachmentRow> find(UUID id) {
		return this.jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(Attachments::row).optional();
	}

	/**
	 * Attaches uploads to a message: only the uploader's own uploads of that conversation
	 * that are not attached yet.
	 * @return how many were attached
	 */
	int attach(UUID conversationId, UUID uploaderId, UUID messageId, Collection<UUID> ids, Instant at) {
		return this.jdbc.sql("""
				UPDATE attachments SET message_id = :message, attached_at = :at
				WHERE id IN (:ids) AND conversation_id = :conversation AND uploader_id = :uploader
				      AND message_id IS NULL""")
			.param("message", messageId)
			.param("at", Times.sql(at))
			.param("ids", ids)
			.param("conversation", conversationId)
			.param("uploader", uploaderId)
			.update();
	}

	/**
	 * @return the attachments of many messages, in upload order, by message
	 */
	Map<UUID, List<Attachment>> ofMessages(Collection<UUID> messageIds) {
		Map<UUID, List<Attachment>> byMessage = new HashMap<>();
		if (messageIds.isEmpty()) {
			return byMessage;
		}
		this.jdbc.sql(COLUMNS + "WHERE message_id IN (:ids) ORDER BY created_at, id")
			.param("ids", messageIds)
			.query(Attachments::row)
			.list()
			.forEach((row) -> byMessage.computeIfAbsent(row.messageId(), (id) -> new ArrayList<>()).add(row.info()));
		return byMessage;
	}

	/**
	 * @return uploads never attached to a message and created before a time, oldest first
	 */
	List<AttachmentRow> orphans(Instant createdBefore, int limit) {
		return this.jdbc
			.sql(COLUMNS + "WHERE attached_at IS NULL AND created_at < ? ORDER BY attached_at, created_at LIMIT ?")
			.params(Times.sql(createdBefore), limit)
			.query(Attachments::row)
			.list();
	}

	/**
	 * Deletes an upload unless a message took it meanwhile.
	 * @return whether it was deleted
	 */
	boolean deleteIfUnattached(UUID id) {
		return this.jdbc.sql("DELETE FROM attachments WHERE id = ? AND message_id IS NULL").param(id).update() > 0;
	}

	private static AttachmentRow row(ResultSet rs, int n) throws SQLException {
		return new AttachmentRow(rs.getObject("id", UUID.class), rs.getObject("conversation_id", UUID.class),
				rs.getObject("uploader_id", UUID.class), rs.getObject("message_id", UUID.class),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("storage_key"), rs.getObject("held_case_id", UUID.class));
	}

	record AttachmentRow(UUID id, UUID conversationId, UUID uploaderId, @Nullable UUID messageId, String fileName,
			String contentType, long size, String storageKey, @Nullable UUID heldCaseId) {

		Attachment info() {
			return new Attachment(this.id, this.fileName, this.size, this.contentType, this.heldCaseId != null);
		}

	}

}
