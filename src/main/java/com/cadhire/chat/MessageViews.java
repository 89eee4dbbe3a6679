package com.cadhire.chat;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.accounts.AccountSummary;
import com.cadhire.chat.Messages.MessageRow;
import com.cadhire.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns stored timeline rows into entries as participants see them: the sender's name,
 * the quoted entry, the files; a deleted message shows neither text nor files.
 */
@Component
class MessageViews {

	/** The key of the entries remembered by the current transaction. */
	private static final Object REMEMBERED = new Object();

	private static final TypeReference<Map<String, Object>> DATA_TYPE = new TypeReference<>() {
	};

	private final Messages messages;

	private final AccountManagement accounts;

	private final Attachments attachments;

	private final JsonMapper json;

	private final TimelineSentences sentences;

	MessageViews(Messages messages, AccountManagement accounts, Attachments attachments, JsonMapper json,
			TimelineSentences sentences) {
		this.messages = messages;
		this.accounts = accounts;
		this.attachments = attachments;
		this.json = json;
		this.sentences = sentences;
	}

	/**
	 * Keeps an entry built by the transaction that stores it, until that transaction
	 * ends: the listeners that deliver it in the same transaction (the live event log)
	 * take it from here instead of reading back what was just written.
	 * @param message the entry as participants see it
	 */
	void remember(ChatMessage message) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		rememberedInThisTransaction(true).put(message.id(), message);
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<UUID, ChatMessage> rememberedInThisTransaction(boolean create) {
		Map<UUID, ChatMessage> remembered = (Map<UUID, ChatMessage>) TransactionSynchronizationManager
			.getResource(REMEMBERED);
		if (remembered == null && create) {
			Map<UUID, ChatMessage> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(REMEMBERED, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(REMEMBERED);
				}
			});
			return fresh;
		}
		return remembered;
	}

	/**
	 * One entry as every participant sees it.
	 * @throws NotFoundException if there is no such entry
	 */
	ChatMessage entry(UUID conversationId, UUID messageId) {
		Map<UUID, ChatMessage> remembered = rememberedInThisTransaction(false);
		ChatMessage known = (remembered != null) ? remembered.get(messageId) : null;
		if (known != null && known.conversationId().equals(conversationId)) {
			return known;
		}
		MessageRow row = this.messages.find(conversationId, messageId)
			.orElseThrow(() -> new NotFoundException("message"));
		return of(List.of(row)).get(0);
	}

	List<ChatMessage> of(List<MessageRow> rows) {
		return of(rows, true);
	}

	/**
	 * @param mayHaveFiles {@code false} when it is known that none of the rows has files
	 * (a new message sent without any), to skip looking
	 */
	List<ChatMessage> of(List<MessageRow> rows, boolean mayHaveFiles) {
		Map<UUID, Set<Long>> quotedSeqs = new HashMap<>();
		rows.forEach((row) -> {
			if (row.replyToSeq() != null) {
				quotedSeqs.computeIfAbsent(row.conversationId(), (id) -> new LinkedHashSet<>()).add(row.replyToSeq());
			}
		});
		Map<String, MessageRow> quoted = new HashMap<>();
		quotedSeqs.forEach((conversationId, seqs) -> this.messages.bySeqs(conversationId, seqs)
			.forEach((q) -> quoted.put(q.conversationId() + ":" + q.seq(), q)));
		Map<UUID, Map<String, Object>> details = new HashMap<>();
		Set<UUID> senders = new LinkedHashSet<>();
		rows.forEach((row) -> {
			if (row.senderId() != null) {
				senders.add(row.senderId());
			}
			if (row.data() != null) {
				Map<String, Object> data = this.json.readValue(row.data(), DATA_TYPE);
				details.put(row.id(), data);
				UUID actor = TimelineSentences.actor(data);
				if (actor != null) {
					senders.add(actor);
				}
			}
		});
		quoted.values().forEach((q) -> {
			if (q.senderId() != null) {
				senders.add(q.senderId());
			}
		});
		Map<UUID, AccountSummary> names = this.accounts.summaries(senders);
		Map<UUID, List<Attachment>> files = mayHaveFiles
				? this.attachments.ofMessages(
						rows.stream().filter((row) -> row.type() == MessageType.MESSAGE).map(MessageRow::id).toList())
				: Map.of();
		return rows.stream().map((row) -> {
			MessageRow q = (row.replyToSeq() != null) ? quoted.get(row.conversationId() + ":" + row.replyToSeq())
					: null;
			ChatMessage.Quote quote = (q != null) ? new ChatMessage.Quote(q.id(), q.seq(), q.senderId(),
					(q.senderId() != null) ? displayName(names, q.senderId()) : null,
					(q.deletedAt() != null) ? "" : ChatTime.abbreviate(q.body(), ChatMessage.QUOTE_LENGTH),
					q.deletedAt() != null) : null;
			boolean deleted = row.deletedAt() != null;
			Map<String, Object> data = details.get(row.id());
			return new ChatMessage(row.id(), row.conversationId(), row.seq(), row.type(), row.senderId(),
					(row.senderId() != null) ? displayName(names, row.senderId()) : null,
					deleted ? "" : body(row, data, names), row.kind(), data, row.sentAt(), row.clientMessageId(),
					row.editedAt(), deleted, quote, deleted ? List.of() : files.getOrDefault(row.id(), List.of()));
		}).toList();
	}

	/**
	 * A message's text, or a system event's sentence rendered now, with its actor's
	 * current name (the stored line for a kind without a sentence).
	 */
	private String body(MessageRow row, @Nullable Map<String, Object> data, Map<UUID, AccountSummary> names) {
		if (row.type() != MessageType.SYSTEM || row.kind() == null) {
			return row.body();
		}
		UUID actor = TimelineSentences.actor(data);
		String line = this.sentences.render(row.kind(), (data != null) ? data : Map.of(),
				(actor != null) ? displayName(names, actor) : null);
		return (line != null) ? line : row.body();
	}

	static String displayName(Map<UUID, AccountSummary> names, UUID id) {
		AccountSummary summary = names.get(id);
		return (summary != null) ? summary.displayName() : "Former member";
	}

}
