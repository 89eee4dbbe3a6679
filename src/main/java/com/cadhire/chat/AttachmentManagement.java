package com.cadhire.chat;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.cadhire.chat.Attachments.AttachmentRow;
import com.cadhire.common.LogSafe;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.RuleViolationException;
import com.cadhire.moderation.ContactPolicy;
import com.cadhire.screening.Surface;
import com.cadhire.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Files in conversations: uploads, downloads for participants, and the removal of uploads
 * never sent with a message.
 * <p>
 * An upload is acknowledged only once its bytes and its row are both in place, and a
 * failed one leaves neither: the bytes are staged first, the row is inserted, and the
 * bytes are moved into place just before the commit (a failed move fails the commit); if
 * the transaction rolls back, the staged or moved bytes are deleted. A node dying between
 * the move and the commit leaves only an unreferenced file, never a row without its file.
 */
@Service
public class AttachmentManagement {

	private static final Logger log = LoggerFactory.getLogger(AttachmentManagement.class);

	/** The most attachments one message may carry. */
	public static final int MAX_PER_MESSAGE = 20;

	private static final int SNIFF_BYTES = 64;

	private final Attachments attachments;

	private final Conversations conversations;

	private final AttachmentStore store;

	private final AttachmentSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ContactPolicy contactPolicy;

	AttachmentManagement(Attachments attachments, Conversations conversations, AttachmentStore store,
			AttachmentSettings settings, Clock clock, PlatformTransactionManager transactionManager,
			ContactPolicy contactPolicy) {
		this.contactPolicy = contactPolicy;
		this.attachments = attachments;
		this.conversations = conversations;
		this.store = store;
		this.settings = settings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Uploads a file to a conversation; send it with a message afterwards.
	 * @param conversationId the conversation
	 * @param uploaderId the uploader, who must be a participant
	 * @param originalName the file name as the browser sent it (paths and control
	 * characters are dropped)
	 * @param size the size in bytes
	 * @param content the bytes, readable more than once
	 * @return the stored attachment
	 * @throws NotFoundException if the uploader does not take part in the conversation
	 * @throws MaxUploadSizeExceededException (413) if the file is larger than allowed
	 * @throws ErrorResponseException 415 if the type is not accepted, 503 if the bytes
	 * could not be stored
	 */
	@Transactional
	public Attachment upload(UUID conversationId, UUID uploaderId, String originalName, long size,
			InputStreamSource content) {
		if (!this.conversations.isParticipant(conversationId, uploaderId)) {
			throw new NotFoundException("conversation");
		}
		long max = this.settings.maxSize().toBytes();
		if (size > max) {
			throw new MaxUploadSizeExceededException(max);
		}
		String fileName = AttachmentTypes.cleanName(originalName);
		if (fileName.isEmpty()) {
			throw RuleViolationException.field("file", "The file needs a name with one of the accepted extensions.");
		}
		screenFileName(conversationId, uploaderId, fileName);
		AttachmentTypes.Type type = AttachmentTypes.of(fileName).orElseThrow(() -> unsupported(fileName, null));
		if (size == 0) {
			throw RuleViolationException.field("file", "The file is empty.");
		}
		byte[] head;
		String sha256;
		try (DigestInputStream in = new DigestInputStream(content.getInputStream(), sha256())) {
			head = in.readNBytes(SNIFF_BYTES);
			long total = head.length + in.transferTo(java.io.OutputStream.nullOutputStream());
			if (total != size) {
				throw RuleViolationException.field("file", "The upload was cut short; please send it again.");
			}
			sha256 = HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw storeFailed(ex);
		}
		if (!type.matches(head)) {
			throw unsupported(fileName, type);
		}
		UUID id = UUID.randomUUID();
		String key = id.toString();
		try {
			this.store.stage(key, content, size);
		}
		catch (IOException ex) {
			throw storeFailed(ex);
		}
		TransactionSynchronizationManager.registerSynchronization(new PublishOnCommit(key));
		AttachmentRow row = new AttachmentRow(id, conversationId, uploaderId, null, fileName, type.contentType(), size,
				key);
		this.attachments.insert(row, sha256, now());
		return row.info();
	}

	/**
	 * Screens a file name for contact information before it is stored. The one place
	 * where attachment names are checked; it throws to refuse the name.
	 */
	/**
	 * File names are text the other party reads: they pass the contact policy like
	 * messages (an e-mail address or phone number as a file name is refused with 422).
	 */
	private void screenFileName(UUID conversationId, UUID uploaderId, String fileName) {
		UUID counterpart = this.conversations.participantIds(conversationId)
			.stream()
			.filter((id) -> !id.equals(uploaderId))
			.findFirst()
			.orElse(null);
		this.contactPolicy.require(uploaderId, counterpart, Surface.ATTACHMENT_NAME, "file", fileName);
	}

	/**
	 * A file for a participant of its conversation. Attached files are seen by every
	 * participant, an upload not sent yet only by its uploader.
	 * @param attachmentId the attachment
	 * @param viewerId the viewer
	 * @return the attachment and a way to read its bytes
	 * @throws NotFoundException for anyone else
	 */
	@Transactional(readOnly = true)
	public Download download(UUID attachmentId, UUID viewerId) {
		AttachmentRow row = this.attachments.find(attachmentId)
			.filter((found) -> (found.messageId() != null)
					? this.conversations.isParticipant(found.conversationId(), viewerId)
					: found.uploaderId().equals(viewerId))
			.orElseThrow(() -> new NotFoundException("attachment"));
		String key = row.storageKey();
		return new Download(row.info(), () -> this.store.open(key));
	}

	/**
	 * Attaches uploads to a new message; called by the send path while it holds the
	 * conversation's lock.
	 */
	void attach(UUID conversationId, UUID senderId, UUID messageId, List<UUID> attachmentIds, Instant at) {
		if (attachmentIds.isEmpty()) {
			return;
		}
		List<UUID> distinct = attachmentIds.stream().distinct().toList();
		if (distinct.size() > MAX_PER_MESSAGE) {
			throw RuleViolationException.field("attachmentIds",
					"A message carries at most " + MAX_PER_MESSAGE + " attachments.");
		}
		if (this.attachments.attach(conversationId, senderId, messageId, distinct, at) != distinct.size()) {
			throw RuleViolationException.field("attachmentIds",
					"attachmentIds may only name your own uploads to this conversation that were not sent yet.");
		}
	}

	/**
	 * Removes uploads that were never sent with a message and are older than
	 * {@code cadhire.attachments.orphan-age}. Each is deleted in its own short
	 * transaction, which a concurrent send wins or loses cleanly; the bytes go after the
	 * row.
	 * @param limit the most to remove in one call
	 * @return how many were removed
	 */
	public int removeOrphans(int limit) {
		Instant before = this.clock.instant().minus(this.settings.orphanAge());
		List<AttachmentRow> orphans = this.transactions.execute((status) -> this.attachments.orphans(before, limit));
		int removed = 0;
		for (AttachmentRow orphan : (orphans != null) ? orphans : List.<AttachmentRow>of()) {
			Boolean deleted = this.transactions.execute((status) -> this.attachments.deleteIfUnattached(orphan.id()));
			if (Boolean.TRUE.equals(deleted)) {
				removed++;
				deleteQuietly(orphan.storageKey());
			}
		}
		return removed;
	}

	private void deleteQuietly(String key) {
		try {
			this.store.delete(key);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not delete attachment bytes {}; they are unreferenced", key, LogSafe.withoutMessages(ex));
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ErrorResponseException unsupported(String fileName,
			AttachmentTypes.@org.jspecify.annotations.Nullable Type type) {
		String allowed = String.join(", ", AttachmentTypes.extensions());
		String detail = (type != null) ? "The content of " + fileName + " is not a ." + type.extension()
				+ " file. Accepted types: " + allowed + "."
				: "Files like " + fileName + " cannot be attached. Accepted types: " + allowed + ".";
		ProblemDetail problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type",
				"File type not accepted", detail);
		problem.setProperty("allowedTypes", AttachmentTypes.extensions());
		return new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem, null);
	}

	private static ErrorResponseException storeFailed(IOException ex) {
		log.warn("Could not store an upload", LogSafe.withoutMessages(ex));
		return new ErrorResponseException(
				HttpStatus.SERVICE_UNAVAILABLE, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable",
						"File not stored", "The file could not be stored; nothing was kept. Please try again later."),
				ex);
	}

	/**
	 * A file to stream to a participant.
	 *
	 * @param attachment what it is
	 * @param content opens its bytes
	 */
	public record Download(Attachment attachment, Content content) {
	}

	/**
	 * Opens the bytes of a download.
	 */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

	/**
	 * Moves staged bytes into place just before the commit, and deletes them if the
	 * transaction does not commit.
	 */
	private final class PublishOnCommit implements TransactionSynchronization {

		private final String key;

		PublishOnCommit(String key) {
			this.key = key;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			try {
				AttachmentManagement.this.store.publish(this.key);
			}
			catch (IOException ex) {
				throw storeFailed(ex);
			}
		}

		@Override
		public void afterCompletion(int status) {
			if (status != STATUS_COMMITTED) {
				deleteQuietly(this.key);
			}
		}

	}

}
