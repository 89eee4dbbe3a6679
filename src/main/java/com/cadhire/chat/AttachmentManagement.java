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
import com.cadhire.common.ContactFinding;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.LogSafe;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.RuleViolationException;
import com.cadhire.common.TooLargeException;
import com.cadhire.common.UnavailableException;
import com.cadhire.common.UnsupportedContentException;
import com.cadhire.common.UserId;
import com.cadhire.moderation.ContactCaseReleased;
import com.cadhire.moderation.ContactCases;
import com.cadhire.moderation.ContactPolicy;
import com.cadhire.screening.Finding;
import com.cadhire.screening.Surface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final ContactCases contactCases;

	AttachmentManagement(Attachments attachments, Conversations conversations, AttachmentStore store,
			AttachmentSettings settings, Clock clock, PlatformTransactionManager transactionManager,
			ContactPolicy contactPolicy, ContactCases contactCases) {
		this.contactPolicy = contactPolicy;
		this.contactCases = contactCases;
		this.attachments = attachments;
		this.conversations = conversations;
		this.store = store;
		this.settings = settings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Uploads a file to a conversation, refusing it if its text carries contact details;
	 * send it with a message afterwards.
	 * @see #upload(UUID, UUID, String, long, InputStreamSource, ContactHandling)
	 */
	@Transactional
	public Attachment upload(UUID conversationId, UserId uploaderId, String originalName, long size,
			InputStreamSource content) {
		return upload(conversationId, uploaderId, originalName, size, content, ContactHandling.REFUSE);
	}

	/**
	 * Uploads a file to a conversation; send it with a message afterwards. Its name is
	 * screened for contact details, and so is the text it carries where that can be read
	 * cheaply and safely ({@link AttachmentText}: TXT/CSV content, the PDF text layer,
	 * the STEP header, DXF texts and header variables, the document properties of
	 * ZIP-based formats).
	 * @param conversationId the conversation
	 * @param uploaderId the uploader, who must be a participant
	 * @param originalName the file name as the browser sent it (paths and control
	 * characters are dropped)
	 * @param size the size in bytes
	 * @param content the bytes, readable more than once
	 * @param handling what to do when the file's text carries contact details:
	 * {@link ContactHandling#REFUSE} (422 with each finding, its file name and location)
	 * or {@link ContactHandling#HOLD} (stored, and held for a moderator: until the case
	 * is released only the uploader can download it); {@link ContactHandling#MASK} does
	 * not apply to files
	 * @return the stored attachment
	 * @throws NotFoundException if the uploader does not take part in the conversation
	 * @throws TooLargeException if the file is larger than allowed
	 * @throws UnsupportedContentException if the type is not accepted
	 * @throws UnavailableException if the bytes could not be stored
	 * @throws RuleViolationException for contact details in the name, or in the content
	 * when refused
	 */
	@Transactional
	public Attachment upload(UUID conversationId, UserId uploaderId, String originalName, long size,
			InputStreamSource content, ContactHandling handling) {
		if (!this.conversations.isParticipant(conversationId, uploaderId.value())) {
			throw new NotFoundException("conversation");
		}
		if (handling == ContactHandling.MASK) {
			throw RuleViolationException.field("contactHandling",
					"A file cannot be sent with its contact details hidden: choose REFUSE or HOLD.");
		}
		long max = this.settings.maxSize().toBytes();
		if (size > max) {
			throw new TooLargeException("file", max);
		}
		String fileName = AttachmentTypes.cleanName(originalName);
		if (fileName.isEmpty()) {
			throw RuleViolationException.field("file", "The file needs a name with one of the accepted extensions.");
		}
		UUID counterpart = counterpart(conversationId, uploaderId.value());
		this.contactPolicy.require(uploaderId.value(), counterpart, Surface.ATTACHMENT_NAME, "file", fileName);
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
		AttachmentText.Result text = readText(type, size, content);
		List<ContactFinding> found = this.contactPolicy.screenFile(uploaderId.value(), counterpart, "file", fileName,
				text.texts());
		if (!found.isEmpty() && handling != ContactHandling.HOLD) {
			throw ContactPolicy.fileRefusal(found);
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
		UUID heldCase = found.isEmpty() ? null : openCase(conversationId, uploaderId.value(), fileName, found);
		AttachmentRow row = new AttachmentRow(id, conversationId, uploaderId.value(), null, fileName,
				type.contentType(), size, key, heldCase);
		this.attachments.insert(row, sha256, now());
		return row.info();
	}

	private AttachmentText.Result readText(AttachmentTypes.Type type, long size, InputStreamSource content) {
		try {
			return AttachmentText.read(type.extension(), size, content,
					AttachmentText.Limits.of(this.settings.screening()));
		}
		catch (IOException ex) {
			throw storeFailed(ex);
		}
	}

	/**
	 * Opens a moderation case for a file held for review: the case's original is each
	 * location with the text found there, its masked text the same with the findings
	 * hidden.
	 */
	private UUID openCase(UUID conversationId, UUID uploaderId, String fileName, List<ContactFinding> found) {
		StringBuilder original = new StringBuilder(fileName).append('\n');
		StringBuilder masked = new StringBuilder(fileName).append('\n');
		List<Finding> findings = new java.util.ArrayList<>();
		for (ContactFinding f : found) {
			original.append(f.location()).append(": ").append(f.text()).append('\n');
			masked.append(f.location()).append(": [contact details hidden]\n");
			findings.add(new Finding(com.cadhire.screening.ContactKind.valueOf(f.kind()), f.start(), f.end(), f.text(),
					f.reason() + " (" + f.location() + ")"));
		}
		return this.contactCases.open(ContactCases.Mode.HELD, Surface.ATTACHMENT_CONTENT, uploaderId, conversationId,
				null, original.toString(), masked.toString(), findings);
	}

	private @org.jspecify.annotations.Nullable UUID counterpart(UUID conversationId, UUID uploaderId) {
		return this.conversations.participantIds(conversationId)
			.stream()
			.filter((id) -> !id.equals(uploaderId))
			.findFirst()
			.orElse(null);
	}

	/**
	 * A moderator released a file held for review: its conversation's participants may
	 * download it. Runs in the moderator's transaction.
	 * @param event the release
	 */
	@EventListener
	void on(ContactCaseReleased event) {
		this.attachments.release(event.caseId());
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
	public Download download(UUID attachmentId, UserId viewerId) {
		AttachmentRow row = this.attachments.find(attachmentId)
			.filter((found) -> (found.messageId() != null)
					? this.conversations.isParticipant(found.conversationId(), viewerId.value())
					: found.uploaderId().equals(viewerId.value()))
			.orElseThrow(() -> new NotFoundException("attachment"));
		if (row.heldCaseId() != null && !row.uploaderId().equals(viewerId.value())) {
			throw new ForbiddenException(
					"This file is held for a moderator's review: its content may carry contact details.");
		}
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

	private static UnsupportedContentException unsupported(String fileName,
			AttachmentTypes.@org.jspecify.annotations.Nullable Type type) {
		String allowed = String.join(", ", AttachmentTypes.extensions());
		String detail = (type != null) ? "The content of " + fileName + " is not a ." + type.extension()
				+ " file. Accepted types: " + allowed + "."
				: "Files like " + fileName + " cannot be attached. Accepted types: " + allowed + ".";
		return new UnsupportedContentException("unsupported-file-type", detail, AttachmentTypes.extensions());
	}

	private static UnavailableException storeFailed(IOException ex) {
		log.warn("Could not store an upload", LogSafe.withoutMessages(ex));
		return new UnavailableException("storage-unavailable",
				"The file could not be stored; nothing was kept. Please try again later.", ex);
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
