package com.cadhire.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.chat.Conversations.ParticipantRow;
import com.cadhire.chat.Conversations.SummaryRow;
import com.cadhire.chat.Messages.MessageRow;
import com.cadhire.common.ConflictException;
import com.cadhire.common.Cursor;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.RuleViolationException;
import com.cadhire.moderation.ContactCaseReleased;
import com.cadhire.moderation.ContactCases;
import com.cadhire.moderation.ContactPolicy;
import com.cadhire.screening.Finding;
import com.cadhire.screening.Surface;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The group chat of an application: opens conversations, appends messages and system
 * events to their timelines, keeps read pointers, and answers what participants see.
 * <p>
 * Every entry of a timeline gets the next {@code seq} of its conversation (1, 2, 3, ...
 * without gaps). The conversation row is the counter: appending locks it, which
 * serialises the senders of one conversation (and only of that one) until they commit.
 * Whoever is not a participant is told the conversation does not exist.
 */
@Service
public class ConversationManagement {

	/**
	 * The longest message body, in characters (UTF-16 code units, as Java counts them).
	 */
	public static final int MAX_BODY = 10_000;

	/** The longest client message id. */
	public static final int MAX_CLIENT_MESSAGE_ID = 100;

	private static final int MAX_TITLE = 200;

	private static final int MAX_KIND = 64;

	/** How far back the sender's messages are screened together with a new one. */
	private static final java.time.Duration SPLIT_WINDOW = java.time.Duration.ofMinutes(10);

	/** How many of the sender's recent messages are screened together with a new one. */
	private static final int SPLIT_MESSAGES = 5;

	private static final int MAX_DATA = 4000;

	private static final TypeReference<Map<String, Object>> DATA_TYPE = new TypeReference<>() {
	};

	private final Conversations conversations;

	private final Messages messages;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate savepoint;

	private final Attachments attachmentRows;

	private final AttachmentManagement attachments;

	private final ContactPolicy contactPolicy;

	private final ContactCases contactCases;

	private final Duration editWindow;

	ConversationManagement(Conversations conversations, Messages messages, AccountManagement accounts,
			ApplicationEventPublisher events, JsonMapper json, Clock clock, PlatformTransactionManager transactions,
			ContactPolicy contactPolicy, ContactCases contactCases, Attachments attachmentRows,
			AttachmentManagement attachments, @Value("${cadhire.chat.edit-window:PT15M}") Duration editWindow) {
		this.contactPolicy = contactPolicy;
		this.contactCases = contactCases;
		this.editWindow = editWindow;
		this.conversations = conversations;
		this.messages = messages;
		this.attachmentRows = attachmentRows;
		this.attachments = attachments;
		this.accounts = accounts;
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Opens the conversation of an application, or returns the existing one (idempotent
	 * on {@code applicationId}, also when two callers open it at once).
	 * @param applicationId the application
	 * @param clientId the client, a participant
	 * @param expertId the expert, a participant
	 * @param title what the conversation is about, e.g. the job title
	 * @return the conversation id
	 */
	@Transactional
	public UUID open(UUID applicationId, UUID clientId, UUID expertId, String title) {
		Optional<UUID> existing = this.conversations.idOfApplication(applicationId);
		if (existing.isPresent()) {
			return existing.get();
		}
		if (clientId.equals(expertId)) {
			throw new IllegalArgumentException("The client and the expert of a conversation must differ");
		}
		UUID id = UUID.randomUUID();
		Instant now = now();
		String shortTitle = abbreviate(title.strip(), MAX_TITLE);
		try {
			inSavepoint(() -> {
				this.conversations.insert(id, applicationId, shortTitle, now);
				this.conversations.addParticipant(id, clientId, ParticipantRole.CLIENT, now);
				this.conversations.addParticipant(id, expertId, ParticipantRole.EXPERT, now);
				return id;
			});
			return id;
		}
		catch (DuplicateKeyException ex) {
			return this.conversations.idOfApplication(applicationId).orElseThrow(() -> ex);
		}
	}

	/**
	 * Posts a message as a participant. The same {@code (conversation, sender,
	 * clientMessageId)} again returns the message stored first (whatever the body of the
	 * repeat) and never stores a second one, also when the repeats arrive at once.
	 * @param conversationId the conversation
	 * @param senderId the sender, who must be a participant
	 * @param body the text, not blank, at most {@link #MAX_BODY} characters
	 * @param clientMessageId the sender's idempotency key, at most
	 * {@link #MAX_CLIENT_MESSAGE_ID} characters, or {@code null}
	 * @return the stored message
	 * @throws NotFoundException if the conversation does not exist or the sender does not
	 * take part in it
	 */
	@Transactional
	public PostedMessage post(UUID conversationId, UUID senderId, String body, @Nullable String clientMessageId) {
		Appended appended = append(conversationId, senderId, body, clientMessageId, ContactHandling.REFUSE, null,
				List.of());
		return new PostedMessage(appended.row().id(), conversationId, appended.row().seq(), appended.row().sentAt());
	}

	/**
	 * Posts a message like {@link #post}, and tells whether this call stored it.
	 * @param conversationId the conversation
	 * @param senderId the sender, who must be a participant
	 * @param body the text
	 * @param clientMessageId the sender's idempotency key, or {@code null}
	 * @return the message as participants see it, and whether it is new
	 */
	@Transactional
	public SendResult send(UUID conversationId, UUID senderId, String body, @Nullable String clientMessageId) {
		return send(conversationId, senderId, body, clientMessageId, ContactHandling.REFUSE, null, List.of());
	}

	/**
	 * Posts a message like {@link #send(UUID, UUID, String, String)}, saying what to do
	 * if it carries contact information.
	 * @param conversationId the conversation
	 * @param senderId the sender, who must be a participant
	 * @param body the text
	 * @param clientMessageId the sender's idempotency key, or {@code null}
	 * @param handling what to do with contact information
	 * @return the message as participants see it, and whether it is new
	 */
	@Transactional
	public SendResult send(UUID conversationId, UUID senderId, String body, @Nullable String clientMessageId,
			ContactHandling handling) {
		return send(conversationId, senderId, body, clientMessageId, handling, null, List.of());
	}

	/**
	 * Posts a message, saying what to do if it carries contact information: refuse it
	 * (422 with the findings), send it masked, or hold it for a moderator (delivered
	 * masked until released); optionally as a reply to (a quote of) an earlier entry of
	 * the same conversation, and with files uploaded before with
	 * {@link AttachmentManagement#upload}. The body may be blank when files are attached.
	 * A repeat of an earlier {@code clientMessageId} returns the earlier message and
	 * attaches nothing.
	 * @param conversationId the conversation
	 * @param senderId the sender, who must be a participant
	 * @param body the text
	 * @param clientMessageId the sender's idempotency key, or {@code null}
	 * @param handling what to do with contact information
	 * @param replyToSeq the seq of the entry it replies to, or {@code null}
	 * @param attachmentIds the sender's own uploads to this conversation, not sent yet
	 * @return the message as participants see it, and whether it is new
	 */
	@Transactional
	public SendResult send(UUID conversationId, UUID senderId, String body, @Nullable String clientMessageId,
			ContactHandling handling, @Nullable Long replyToSeq, List<UUID> attachmentIds) {
		Appended appended = append(conversationId, senderId, body, clientMessageId, handling, replyToSeq,
				attachmentIds);
		// a new message sent without files has none: no need to look
		boolean mayHaveFiles = !appended.created() || !attachmentIds.isEmpty();
		return new SendResult(toMessages(List.of(appended.row()), mayHaveFiles).get(0), appended.created());
	}

	private Appended append(UUID conversationId, UUID senderId, String body, @Nullable String clientMessageId,
			ContactHandling handling, @Nullable Long replyToSeq, List<UUID> attachmentIds) {
		if (body.isBlank() && attachmentIds.isEmpty()) {
			throw RuleViolationException.field("body", "body must not be blank.");
		}
		if (body.length() > MAX_BODY) {
			throw RuleViolationException.field("body", "Keep the message to " + MAX_BODY + " characters.");
		}
		if (clientMessageId != null
				&& (clientMessageId.isEmpty() || clientMessageId.length() > MAX_CLIENT_MESSAGE_ID)) {
			throw RuleViolationException.field("clientMessageId",
					"clientMessageId must be 1 to " + MAX_CLIENT_MESSAGE_ID + " characters long.");
		}
		List<UUID> participants = this.conversations.participantIds(conversationId);
		if (!participants.contains(senderId)) {
			throw new NotFoundException("conversation");
		}
		// Screened with the sender's last messages of the last 10 minutes, so a number
		// split over
		// several messages is found and attributed to the newest.
		UUID counterpart = participants.stream().filter((p) -> !p.equals(senderId)).findFirst().orElse(null);
		List<Finding> findings = this.contactPolicy.screenMessage(senderId, counterpart, body,
				this.messages.recentBodies(conversationId, senderId, now().minus(SPLIT_WINDOW), SPLIT_MESSAGES));
		String stored = body;
		if (!findings.isEmpty()) {
			if (handling == ContactHandling.REFUSE) {
				throw ContactPolicy.refusal("body", findings);
			}
			stored = this.contactPolicy.mask(body, findings);
		}
		long seq = this.conversations.lockLastSeq(conversationId) + 1;
		// seqs are dense, so every seq from 1 to the last one exists
		if (replyToSeq != null && (replyToSeq < 1 || replyToSeq >= seq)) {
			throw RuleViolationException.field("replyToSeq", "replyToSeq must be the seq of an earlier entry of this"
					+ " conversation (1 to " + (seq - 1) + ").");
		}
		// A repeat of an earlier send (the same client message id) collides with its row
		// and is answered with it; inside the lock, a concurrent send with the same key
		// has committed by now.
		MessageRow row = new MessageRow(UUID.randomUUID(), conversationId, seq, MessageType.MESSAGE, senderId, stored,
				null, null, clientMessageId, now(), replyToSeq);
		try {
			insert(row);
		}
		catch (DuplicateKeyException ex) {
			// The unique constraints are the backstop of the lock; never a second
			// message.
			if (clientMessageId != null) {
				Optional<MessageRow> earlier = this.messages.findBySenderAndClientId(conversationId, senderId,
						clientMessageId);
				if (earlier.isPresent()) {
					return new Appended(earlier.get(), false);
				}
			}
			throw ex;
		}
		this.attachments.attach(conversationId, senderId, row.id(), attachmentIds, row.sentAt());
		if (!findings.isEmpty()) {
			this.contactCases.open(
					(handling == ContactHandling.HOLD) ? ContactCases.Mode.HELD : ContactCases.Mode.MASKED,
					Surface.MESSAGE, senderId, conversationId, row.id(), body, stored, findings);
		}
		this.events.publishEvent(
				new MessagePosted(conversationId, row.id(), seq, senderId, Set.copyOf(participants), row.sentAt()));
		return new Appended(row, true);
	}

	/**
	 * Records a system event (terms changed, offer sent, offer accepted, invite accepted,
	 * application withdrawn, ...) in the timeline of the application's conversation. Does
	 * nothing if the application has no conversation.
	 * @param applicationId the application
	 * @param kind what happened, such as {@code terms.proposed}
	 * @param text a human-readable line, such as "Dana proposed new terms (version 3)"
	 * @param data small details for clients that render the event themselves; at most
	 * 4,000 characters as JSON
	 */
	@Transactional
	public void recordSystemEvent(UUID applicationId, String kind, String text, Map<String, Object> data) {
		Optional<UUID> found = this.conversations.idOfApplication(applicationId);
		if (found.isEmpty()) {
			return;
		}
		if (kind.isBlank() || kind.length() > MAX_KIND) {
			throw new IllegalArgumentException("kind must be 1 to " + MAX_KIND + " characters: " + kind);
		}
		if (text.isBlank()) {
			throw new IllegalArgumentException("The text of a system event must not be blank");
		}
		String dataJson = this.json.writeValueAsString(data);
		if (dataJson.length() > MAX_DATA) {
			throw new IllegalArgumentException("The data of a system event must be at most " + MAX_DATA
					+ " characters as JSON; was " + dataJson.length());
		}
		UUID conversationId = found.get();
		List<UUID> participants = this.conversations.participantIds(conversationId);
		long seq = this.conversations.lockLastSeq(conversationId) + 1;
		MessageRow row = new MessageRow(UUID.randomUUID(), conversationId, seq, MessageType.SYSTEM, null,
				abbreviate(text, MAX_BODY), kind, dataJson, null, now(), null);
		insert(row);
		this.events
			.publishEvent(new SystemEventRecorded(conversationId, row.id(), seq, kind, Set.copyOf(participants)));
	}

	/**
	 * @param applicationId an application
	 * @return its conversation, if one was opened
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> conversationOf(UUID applicationId) {
		return this.conversations.idOfApplication(applicationId);
	}

	/**
	 * Unread counts of many conversations for one participant, in one query. Counted are
	 * the other participants' messages after the read pointer; own messages and system
	 * events are never unread.
	 * @param participantId the participant
	 * @param conversationIds the conversations
	 * @return a count for every given conversation (0 where the participant does not take
	 * part)
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Integer> unreadCounts(UUID participantId, Collection<UUID> conversationIds) {
		Set<UUID> ids = new LinkedHashSet<>(conversationIds);
		Map<UUID, Integer> counts = this.conversations.unreadCounts(participantId, ids);
		Map<UUID, Integer> all = new HashMap<>();
		ids.forEach((id) -> all.put(id, counts.getOrDefault(id, 0)));
		return all;
	}

	/**
	 * A participant's conversations, newest activity first.
	 * @param participantId the viewer
	 * @param cursor where the previous page ended, or {@code null}
	 * @param limit the page size
	 * @return one page
	 */
	@Transactional(readOnly = true)
	public Page<ConversationSummary> conversations(UUID participantId, @Nullable Cursor cursor, int limit) {
		List<SummaryRow> rows = this.conversations.page(participantId, cursor, limit + 1);
		Page<SummaryRow> page = Page.of(rows, limit, (row) -> new Cursor(row.lastActivityAt(), row.id()));
		List<ConversationSummary> items = summarize(participantId, page.items());
		return new Page<>(items, page.nextCursor());
	}

	/**
	 * One conversation, as a participant sees it.
	 * @param conversationId the conversation
	 * @param participantId the viewer
	 * @return the conversation
	 * @throws NotFoundException if it does not exist or the viewer does not take part
	 */
	@Transactional(readOnly = true)
	public ConversationSummary conversation(UUID conversationId, UUID participantId) {
		SummaryRow row = this.conversations.one(conversationId, participantId)
			.orElseThrow(() -> new NotFoundException("conversation"));
		return summarize(participantId, List.of(row)).get(0);
	}

	/**
	 * A page of a timeline in seq order. With {@code before}, the newest {@code limit}
	 * entries before that seq (to scroll back); otherwise the oldest {@code limit}
	 * entries after {@code after} (0 when absent: from the start). Items are ascending
	 * either way; {@code nextCursor} is the seq to pass as {@code after} (or
	 * {@code before}) for the next page, {@code null} when there is none.
	 * @param conversationId the conversation
	 * @param participantId the viewer
	 * @param after exclusive lower bound, or {@code null}
	 * @param before exclusive upper bound, or {@code null}
	 * @param limit the page size
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<ChatMessage> messages(UUID conversationId, UUID participantId, @Nullable Long after,
			@Nullable Long before, int limit) {
		requireParticipant(conversationId, participantId);
		if (after != null && before != null) {
			throw RuleViolationException.field("before", "Give either after or before, not both.");
		}
		if (before != null) {
			List<MessageRow> rows = new java.util.ArrayList<>(this.messages.before(conversationId, before, limit + 1));
			boolean more = rows.size() > limit;
			List<MessageRow> items = rows.subList(0, Math.min(limit, rows.size()));
			java.util.Collections.reverse(items);
			String next = (more && !items.isEmpty()) ? String.valueOf(items.get(0).seq()) : null;
			return new Page<>(toMessages(items), next);
		}
		List<MessageRow> rows = this.messages.after(conversationId, (after != null) ? after : 0, limit + 1);
		boolean more = rows.size() > limit;
		List<MessageRow> items = rows.subList(0, Math.min(limit, rows.size()));
		String next = more ? String.valueOf(items.get(items.size() - 1).seq()) : null;
		return new Page<>(toMessages(items), next);
	}

	/**
	 * Finds messages and system events containing a text (ignoring case), newest first.
	 * @param conversationId the conversation
	 * @param participantId the viewer
	 * @param text what to look for
	 * @param before continue below this seq (the previous page's {@code nextCursor}), or
	 * {@code null}
	 * @param limit the page size
	 * @return the page; {@code nextCursor} is the seq to pass as {@code before}
	 */
	@Transactional(readOnly = true)
	public Page<ChatMessage> search(UUID conversationId, UUID participantId, String text, @Nullable Long before,
			int limit) {
		requireParticipant(conversationId, participantId);
		List<MessageRow> rows = this.messages.search(conversationId, text, (before != null) ? before : Long.MAX_VALUE,
				limit + 1);
		boolean more = rows.size() > limit;
		List<MessageRow> items = rows.subList(0, Math.min(limit, rows.size()));
		String next = more ? String.valueOf(items.get(items.size() - 1).seq()) : null;
		return new Page<>(toMessages(items), next);
	}

	/**
	 * Marks everything up to a seq as read. The read pointer only moves forward: a lower
	 * value than the current one is ignored, and a value past the newest message counts
	 * as the newest message.
	 * @param conversationId the conversation
	 * @param participantId the reader
	 * @param upToSeq the newest seq the reader has seen
	 */
	@Transactional
	public void markRead(UUID conversationId, UUID participantId, long upToSeq) {
		requireParticipant(conversationId, participantId);
		// the conversation's lock keeps sends and deletes from changing the count
		// meanwhile
		long lastSeq = this.conversations.lockLastSeq(conversationId);
		long target = Math.max(0, Math.min(upToSeq, lastSeq));
		if (this.conversations.moveReadPointerForward(conversationId, participantId, target, lastSeq)) {
			this.events.publishEvent(new ConversationRead(conversationId, participantId, target));
		}
	}

	/**
	 * Marks a message and everything after it as unread: the read pointer is set to
	 * {@code fromSeq - 1}, backwards if need be.
	 * @param conversationId the conversation
	 * @param participantId the reader
	 * @param fromSeq the first seq to show as unread
	 */
	@Transactional
	public void markUnread(UUID conversationId, UUID participantId, long fromSeq) {
		requireParticipant(conversationId, participantId);
		long lastSeq = this.conversations.lockLastSeq(conversationId);
		long target = Math.max(0, Math.min(fromSeq - 1, lastSeq));
		if (this.conversations.setReadPointer(conversationId, participantId, target)) {
			this.events.publishEvent(new ConversationRead(conversationId, participantId, target));
		}
	}

	/**
	 * Replaces the text of one's own message, within the edit window
	 * ({@code cadhire.chat.edit-window}, 15 minutes unless configured) after sending it.
	 * Everyone sees the new text and when it was edited.
	 * @param conversationId the conversation
	 * @param userId the author
	 * @param messageId the message
	 * @param body the new text, not blank, at most {@link #MAX_BODY} characters
	 * @return the message as participants now see it
	 * @throws NotFoundException if the caller does not take part or there is no such
	 * message in the conversation
	 * @throws ForbiddenException if it is someone else's message or a system event
	 * @throws ConflictException if the window has passed or the message was deleted
	 */
	@Transactional
	public ChatMessage edit(UUID conversationId, UUID userId, UUID messageId, String body) {
		if (body.isBlank()) {
			throw RuleViolationException.field("body", "body must not be blank.");
		}
		if (body.length() > MAX_BODY) {
			throw RuleViolationException.field("body", "Keep the message to " + MAX_BODY + " characters.");
		}
		MessageRow row = ownChangeableMessage(conversationId, userId, messageId, "edited");
		UUID counterpart = this.conversations.participantIds(conversationId)
			.stream()
			.filter((p) -> !p.equals(userId))
			.findFirst()
			.orElse(null);
		List<Finding> findings = this.contactPolicy.screenMessage(userId, counterpart, body, List.of());
		if (!findings.isEmpty()) {
			throw ContactPolicy.refusal("body", findings);
		}
		if (!this.messages.edit(messageId, body, now())) {
			throw new ConflictException("message-deleted", "The message was deleted meanwhile.", null);
		}
		return changed(row, false);
	}

	/**
	 * Deletes one's own message, within the edit window after sending it. Everyone sees
	 * that it was deleted, no longer what it said.
	 * @param conversationId the conversation
	 * @param userId the author
	 * @param messageId the message
	 * @return the message as participants now see it
	 * @throws NotFoundException if the caller does not take part or there is no such
	 * message in the conversation
	 * @throws ForbiddenException if it is someone else's message or a system event
	 * @throws ConflictException if the window has passed or it was deleted already
	 */
	@Transactional
	public ChatMessage delete(UUID conversationId, UUID userId, UUID messageId) {
		MessageRow row = ownChangeableMessage(conversationId, userId, messageId, "deleted");
		this.conversations.lockLastSeq(conversationId);
		if (!this.messages.delete(messageId, now())) {
			throw new ConflictException("message-deleted", "The message was deleted already.", null);
		}
		this.conversations.forgetUnread(conversationId, row.seq(), userId);
		return changed(row, true);
	}

	private MessageRow ownChangeableMessage(UUID conversationId, UUID userId, UUID messageId, String verb) {
		requireParticipant(conversationId, userId);
		MessageRow row = this.messages.find(conversationId, messageId)
			.orElseThrow(() -> new NotFoundException("message"));
		if (row.type() != MessageType.MESSAGE || !userId.equals(row.senderId())) {
			throw new ForbiddenException("Only the author of a message may change it.");
		}
		if (row.deletedAt() != null) {
			throw new ConflictException("message-deleted", "The message was deleted already.", null);
		}
		if (now().isAfter(row.sentAt().plus(this.editWindow))) {
			throw new ConflictException("edit-window-passed", "A message can be " + verb + " only within "
					+ this.editWindow.toMinutes() + " minutes after it was sent.", null);
		}
		return row;
	}

	private ChatMessage changed(MessageRow row, boolean deleted) {
		this.events.publishEvent(new MessageUpdated(row.conversationId(), row.id(), row.seq(), deleted,
				Set.copyOf(this.conversations.participantIds(row.conversationId()))));
		return entry(row.conversationId(), row.id());
	}

	/**
	 * Tells the other participants that someone is typing. Nothing is stored (the
	 * transaction is not read-only so that a PostgreSQL notification may carry it).
	 * @param conversationId the conversation
	 * @param userId who is typing
	 * @throws NotFoundException if they do not take part
	 */
	@Transactional
	public void typing(UUID conversationId, UUID userId) {
		List<UUID> participants = this.conversations.participantIds(conversationId);
		if (!participants.contains(userId)) {
			throw new NotFoundException("conversation");
		}
		String name = this.accounts.summary(userId).map(AccountSummary::displayName).orElse("Former member");
		this.events.publishEvent(new TypingStarted(conversationId, userId, name, Set.copyOf(participants)));
	}

	/**
	 * A participant's unread messages in all their conversations, in one query.
	 * @param participantId the participant
	 * @return the total and the count of each conversation with unread messages
	 */
	@Transactional(readOnly = true)
	public UnreadCounts unread(UUID participantId) {
		Map<UUID, Integer> counts = this.conversations.unreadCountsOfAll(participantId);
		return new UnreadCounts(counts.values().stream().mapToInt(Integer::intValue).sum(), counts);
	}

	/**
	 * Messages and system events containing a text, ignoring case, in all of a
	 * participant's conversations, newest first.
	 * @param participantId the participant
	 * @param text what to look for
	 * @param cursor where the previous page ended, or {@code null}
	 * @param limit the page size
	 * @return one page
	 */
	@Transactional(readOnly = true)
	public Page<ChatMessage> searchAll(UUID participantId, String text, @Nullable Cursor cursor, int limit) {
		List<MessageRow> rows = this.messages.searchAll(participantId, text, cursor, limit + 1);
		Page<MessageRow> page = Page.of(rows, limit, (row) -> new Cursor(row.sentAt(), row.id()));
		return new Page<>(toMessages(page.items()), page.nextCursor());
	}

	/**
	 * One timeline entry as every participant sees it, for modules that deliver it to the
	 * participants (the live event stream). Does not check who asks.
	 * @param conversationId the conversation
	 * @param messageId the entry
	 * @return the entry
	 * @throws NotFoundException if there is no such entry
	 */
	@Transactional(readOnly = true)
	public ChatMessage entry(UUID conversationId, UUID messageId) {
		MessageRow row = this.messages.find(conversationId, messageId)
			.orElseThrow(() -> new NotFoundException("message"));
		return toMessages(List.of(row)).get(0);
	}

	/**
	 * @param conversationId a conversation
	 * @return its participants (empty if it does not exist)
	 */
	@Transactional(readOnly = true)
	public Set<UUID> participantIds(UUID conversationId) {
		return Set.copyOf(this.conversations.participantIds(conversationId));
	}

	/**
	 * @param conversationId a conversation
	 * @param participantId a participant
	 * @return the participant's read pointer: everything up to this seq is read
	 * @throws NotFoundException if the participant does not take part
	 */
	@Transactional(readOnly = true)
	public long readPointer(UUID conversationId, UUID participantId) {
		return this.conversations.readPointer(conversationId, participantId)
			.orElseThrow(() -> new NotFoundException("conversation"));
	}

	private void requireParticipant(UUID conversationId, UUID participantId) {
		if (!this.conversations.isParticipant(conversationId, participantId)) {
			throw new NotFoundException("conversation");
		}
	}

	/**
	 * Stores a timeline entry and moves the conversation's counter to it; the caller
	 * holds the conversation's lock. A unique violation (the lock's backstop) leaves the
	 * transaction usable and raises {@link DuplicateKeyException}.
	 */
	private void insert(MessageRow row) {
		if (!this.messages.insert(row)) {
			throw new DuplicateKeyException("A message of conversation " + row.conversationId() + " with seq "
					+ row.seq() + " or client message id " + row.clientMessageId() + " exists already");
		}
		this.conversations.advance(row.conversationId(), row.seq(), row.sentAt(),
				(row.type() == MessageType.MESSAGE) ? row.senderId() : null);
	}

	private <T> T inSavepoint(Supplier<T> work) {
		return Objects.requireNonNull(this.savepoint.execute((status) -> work.get()));
	}

	private List<ConversationSummary> summarize(UUID viewerId, List<SummaryRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(SummaryRow::id).toList();
		Map<UUID, List<ParticipantRow>> participants = this.conversations.participantsOf(ids);
		Map<UUID, AccountSummary> names = this.accounts.summaries(participants.values()
			.stream()
			.flatMap(List::stream)
			.map(ParticipantRow::participantId)
			.collect(java.util.stream.Collectors.toSet()));
		Map<UUID, Integer> unread = this.conversations.unreadCounts(viewerId, ids);
		return rows.stream()
			.map((row) -> new ConversationSummary(row.id(), row.applicationId(), row.title(),
					participants.getOrDefault(row.id(), List.of())
						.stream()
						.map((p) -> new ConversationSummary.Participant(p.participantId(),
								displayName(names, p.participantId()), p.role()))
						.toList(),
					row.lastMessage(), row.lastActivityAt(), unread.getOrDefault(row.id(), 0)))
			.toList();
	}

	private List<ChatMessage> toMessages(List<MessageRow> rows) {
		return toMessages(rows, true);
	}

	private List<ChatMessage> toMessages(List<MessageRow> rows, boolean mayHaveFiles) {
		Map<UUID, Set<Long>> quotedSeqs = new HashMap<>();
		rows.forEach((row) -> {
			if (row.replyToSeq() != null) {
				quotedSeqs.computeIfAbsent(row.conversationId(), (id) -> new LinkedHashSet<>()).add(row.replyToSeq());
			}
		});
		Map<String, MessageRow> quoted = new HashMap<>();
		quotedSeqs.forEach((conversationId, seqs) -> this.messages.bySeqs(conversationId, seqs)
			.forEach((q) -> quoted.put(q.conversationId() + ":" + q.seq(), q)));
		Set<UUID> senders = new LinkedHashSet<>();
		rows.forEach((row) -> {
			if (row.senderId() != null) {
				senders.add(row.senderId());
			}
		});
		quoted.values().forEach((q) -> {
			if (q.senderId() != null) {
				senders.add(q.senderId());
			}
		});
		Map<UUID, AccountSummary> names = this.accounts.summaries(senders);
		Map<UUID, List<Attachment>> files = mayHaveFiles
				? this.attachmentRows.ofMessages(
						rows.stream().filter((row) -> row.type() == MessageType.MESSAGE).map(MessageRow::id).toList())
				: Map.of();
		return rows.stream().map((row) -> {
			MessageRow q = (row.replyToSeq() != null) ? quoted.get(row.conversationId() + ":" + row.replyToSeq())
					: null;
			ChatMessage.Quote quote = (q != null) ? new ChatMessage.Quote(q.id(), q.seq(), q.senderId(),
					(q.senderId() != null) ? displayName(names, q.senderId()) : null,
					(q.deletedAt() != null) ? "" : abbreviate(q.body(), ChatMessage.QUOTE_LENGTH),
					q.deletedAt() != null) : null;
			boolean deleted = row.deletedAt() != null;
			return new ChatMessage(row.id(), row.conversationId(), row.seq(), row.type(), row.senderId(),
					(row.senderId() != null) ? displayName(names, row.senderId()) : null, deleted ? "" : row.body(),
					row.kind(), (row.data() != null) ? this.json.readValue(row.data(), DATA_TYPE) : null, row.sentAt(),
					row.clientMessageId(), row.editedAt(), deleted, quote,
					deleted ? List.of() : files.getOrDefault(row.id(), List.of()));
		}).toList();
	}

	private static String displayName(Map<UUID, AccountSummary> names, UUID id) {
		AccountSummary summary = names.get(id);
		return (summary != null) ? summary.displayName() : "Former member";
	}

	private Instant now() {
		// Stored with microseconds on both databases; keep the same precision in memory.
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	private record Appended(MessageRow row, boolean created) {
	}

	/**
	 * A moderator released a held or masked message: participants see the original text
	 * again. Runs in the moderator's transaction.
	 * @param event the release
	 */
	@org.springframework.context.event.EventListener
	void on(ContactCaseReleased event) {
		if (event.messageId() == null || event.conversationId() == null) {
			return;
		}
		this.messages.replaceBody(event.messageId(), event.original());
		List<UUID> participants = this.conversations.participantIds(event.conversationId());
		this.events
			.publishEvent(new MessageReleased(event.conversationId(), event.messageId(), Set.copyOf(participants)));
	}

}
