package com.cadhire.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import com.cadhire.chat.Messages.MessageRow;
import com.cadhire.common.Cursor;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads timelines as participants see them: pages in seq order, searches, and single
 * entries for the modules that deliver them.
 */
@Service
public class TimelineReader {

	private final Conversations conversations;

	private final Messages messages;

	private final MessageViews views;

	TimelineReader(Conversations conversations, Messages messages, MessageViews views) {
		this.conversations = conversations;
		this.messages = messages;
		this.views = views;
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
			List<MessageRow> rows = new ArrayList<>(this.messages.before(conversationId, before, limit + 1));
			boolean more = rows.size() > limit;
			List<MessageRow> items = rows.subList(0, Math.min(limit, rows.size()));
			Collections.reverse(items);
			String next = (more && !items.isEmpty()) ? String.valueOf(items.get(0).seq()) : null;
			return new Page<>(this.views.of(items), next);
		}
		List<MessageRow> rows = this.messages.after(conversationId, (after != null) ? after : 0, limit + 1);
		boolean more = rows.size() > limit;
		List<MessageRow> items = rows.subList(0, Math.min(limit, rows.size()));
		String next = more ? String.valueOf(items.get(items.size() - 1).seq()) : null;
		return new Page<>(this.views.of(items), next);
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
		return new Page<>(this.views.of(items), next);
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
		return new Page<>(this.views.of(page.items()), page.nextCursor());
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
		return this.views.entry(conversationId, messageId);
	}

	private void requireParticipant(UUID conversationId, UUID participantId) {
		if (!this.conversations.isParticipant(conversationId, participantId)) {
			throw new NotFoundException("conversation");
		}
	}

}
