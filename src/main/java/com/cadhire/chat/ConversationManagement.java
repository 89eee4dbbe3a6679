package com.cadhire.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.chat.Conversations.ParticipantRow;
import com.cadhire.chat.Conversations.SummaryRow;
import com.cadhire.chat.Messages.MessageRow;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.Cursor;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The conversations of applications and who takes part in them: opens them, lists them as
 * a participant sees them, tells who is typing, and records the system events of the
 * hiring process in their timelines. Whoever is not a participant is told the
 * conversation does not exist.
 * <p>
 * The other jobs of the chat have their own services: {@link MessageSending} (posting),
 * {@link MessageChanges} (edits and deletes), {@link ReadPointers} (read pointers and
 * unread counts) and {@link TimelineReader} (reading and searching timelines).
 */
@Service
public class ConversationManagement {

	private static final int MAX_TITLE = 200;

	private static final int MAX_KIND = 64;

	private static final int MAX_DATA = 4000;

	private final Conversations conversations;

	private final TimelineAppender timeline;

	private final MessageViews views;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final TimelineSentences sentences;

	private final TransactionTemplate savepoint;

	ConversationManagement(Conversations conversations, TimelineAppender timeline, MessageViews views,
			AccountManagement accounts, ApplicationEventPublisher events, JsonMapper json, Clock clock,
			TimelineSentences sentences, PlatformTransactionManager transactions) {
		this.conversations = conversations;
		this.timeline = timeline;
		this.views = views;
		this.accounts = accounts;
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.sentences = sentences;
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
	public UUID open(ApplicationId applicationId, UserId clientId, UserId expertId, String title) {
		Optional<UUID> existing = this.conversations.idOfApplication(applicationId.value());
		if (existing.isPresent()) {
			return existing.get();
		}
		if (clientId.equals(expertId)) {
			throw new IllegalArgumentException("The client and the expert of a conversation must differ");
		}
		UUID id = UUID.randomUUID();
		Instant now = ChatTime.now(this.clock);
		String shortTitle = ChatTime.abbreviate(title.strip(), MAX_TITLE);
		try {
			Objects.requireNonNull(this.savepoint.execute((status) -> {
				this.conversations.insert(id, applicationId.value(), shortTitle, now);
				this.conversations.addParticipant(id, clientId.value(), ParticipantRole.CLIENT, now);
				this.conversations.addParticipant(id, expertId.value(), ParticipantRole.EXPERT, now);
				return id;
			}));
			return id;
		}
		catch (DuplicateKeyException ex) {
			return this.conversations.idOfApplication(applicationId.value()).orElseThrow(() -> ex);
		}
	}

	/**
	 * Records a system event (terms changed, offer sent, offer accepted, invite accepted,
	 * application withdrawn, ...) in the timeline of the application's conversation. Does
	 * nothing if the application has no conversation. The entry's line is rendered from
	 * its kind's sentence whenever it is shown; the line stored with it is the first
	 * rendering.
	 * @param applicationId the application
	 * @param event what happened; a kind with a sentence, details of at most 4,000
	 * characters as JSON
	 */
	@Transactional
	public void recordSystemEvent(ApplicationId applicationId, SystemEvent event) {
		Optional<UUID> found = this.conversations.idOfApplication(applicationId.value());
		if (found.isEmpty()) {
			return;
		}
		String kind = event.kind();
		if (kind.isBlank() || kind.length() > MAX_KIND || !this.sentences.knows(kind)) {
			throw new IllegalArgumentException("kind must be 1 to " + MAX_KIND
					+ " characters with a sentence (timeline." + kind + " in messages.properties): " + kind);
		}
		String dataJson = this.json.writeValueAsString(event.stored());
		if (dataJson.length() > MAX_DATA) {
			throw new IllegalArgumentException("The data of a system event must be at most " + MAX_DATA
					+ " characters as JSON; was " + dataJson.length());
		}
		UUID conversationId = found.get();
		List<UUID> participants = this.conversations.participantIds(conversationId);
		long seq = this.timeline.lockLastSeq(conversationId) + 1;
		UUID id = UUID.randomUUID();
		Instant now = ChatTime.now(this.clock);
		ChatMessage shown = this.views
			.of(List.of(new MessageRow(id, conversationId, seq, MessageType.SYSTEM, null, "", kind, dataJson, null, now,
					null)), false)
			.get(0);
		this.timeline.insert(new MessageRow(id, conversationId, seq, MessageType.SYSTEM, null,
				ChatTime.abbreviate(shown.body(), SendMessage.MAX_BODY), kind, dataJson, null, now, null));
		this.views.remember(shown);
		this.events.publishEvent(new SystemEventRecorded(conversationId, id, seq, kind, Set.copyOf(participants)));
	}

	/**
	 * @param applicationId an application
	 * @return its conversation, if one was opened
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> conversationOf(ApplicationId applicationId) {
		return this.conversations.idOfApplication(applicationId.value());
	}

	/**
	 * A participant's conversations, newest activity first.
	 * @param participantId the viewer
	 * @param cursor where the previous page ended, or {@code null}
	 * @param limit the page size
	 * @return one page
	 */
	@Transactional(readOnly = true)
	public Page<ConversationSummary> conversations(UserId participantId, @Nullable Cursor cursor, int limit) {
		List<SummaryRow> rows = this.conversations.page(participantId.value(), cursor, limit + 1);
		Page<SummaryRow> page = Page.of(rows, limit, (row) -> new Cursor(row.sortKey(), row.id()));
		List<ConversationSummary> items = summarize(participantId.value(), page.items());
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
	public ConversationSummary conversation(UUID conversationId, UserId participantId) {
		SummaryRow row = this.conversations.one(conversationId, participantId.value())
			.orElseThrow(() -> new NotFoundException("conversation"));
		return summarize(participantId.value(), List.of(row)).get(0);
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
	 * Tells the other participants that someone is typing. Nothing is stored (the
	 * transaction is not read-only so that a PostgreSQL notification may carry it).
	 * @param conversationId the conversation
	 * @param userId who is typing
	 * @throws NotFoundException if they do not take part
	 */
	@Transactional
	public void typing(UUID conversationId, UserId userId) {
		List<UUID> participants = this.conversations.participantIds(conversationId);
		if (!participants.contains(userId.value())) {
			throw new NotFoundException("conversation");
		}
		String name = this.accounts.summary(userId).map(AccountSummary::displayName).orElse("Former member");
		this.events.publishEvent(new TypingStarted(conversationId, userId.value(), name, Set.copyOf(participants)));
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
			.collect(Collectors.toSet()));
		Map<UUID, Integer> unread = this.conversations.unreadCounts(viewerId, ids);
		return rows.stream()
			.map((row) -> new ConversationSummary(row.id(), row.applicationId(), row.title(),
					participants.getOrDefault(row.id(), List.of())
						.stream()
						.map((p) -> new ConversationSummary.Participant(p.participantId(),
								MessageViews.displayName(names, p.participantId()), p.role()))
						.toList(),
					row.lastMessage(), row.lastActivityAt(), unread.getOrDefault(row.id(), 0)))
			.toList();
	}

}
