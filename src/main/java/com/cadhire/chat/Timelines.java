package com.cadhire.chat;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * What a chat page shows: a window of a conversation's timeline from one seq to the
 * newest entry, with the viewer's first unread message. Pages of any module render a chat
 * from it; a page refresh (polling today, server-sent events later) asks for the same
 * window again.
 */
@Service
public class Timelines {

	/** How many entries a chat shows at first. */
	public static final int WINDOW = 50;

	/** The most entries one window holds. */
	public static final int MAX_WINDOW = 500;

	private final ConversationManagement conversations;

	private final TimelineReader reader;

	private final ReadPointers readPointers;

	Timelines(ConversationManagement conversations, TimelineReader reader, ReadPointers readPointers) {
		this.conversations = conversations;
		this.reader = reader;
		this.readPointers = readPointers;
	}

	/**
	 * The timeline from {@code from} (or the newest {@link #WINDOW} entries) to the
	 * newest entry.
	 * @param conversationId the conversation
	 * @param viewerId a participant
	 * @param from the first seq to show, or {@code null}
	 * @return the window
	 * @throws com.cadhire.common.NotFoundException if the viewer does not take part
	 */
	public Timeline window(UUID conversationId, UUID viewerId, @Nullable Long from) {
		ConversationSummary summary = this.conversations.conversation(conversationId, UserId.of(viewerId));
		long last = (summary.lastMessage() != null) ? summary.lastMessage().seq() : 0;
		long start = (from != null) ? Math.max(1, from) : Math.max(1, last - WINDOW + 1);
		start = Math.max(start, last - MAX_WINDOW + 1);
		start = Math.max(1, start);
		List<ChatMessage> entries = this.reader.messages(conversationId, viewerId, start - 1, null, MAX_WINDOW).items();
		long lastSeq = entries.isEmpty() ? last : Math.max(last, entries.get(entries.size() - 1).seq());
		return new Timeline(summary, entries, start, lastSeq, firstUnread(entries, viewerId, summary.unreadCount()));
	}

	/**
	 * The entries before a seq, to scroll back.
	 */
	public List<ChatMessage> before(UUID conversationId, UUID viewerId, long before) {
		return this.reader.messages(conversationId, viewerId, null, before, WINDOW).items();
	}

	/**
	 * The viewer has seen everything up to a seq.
	 */
	public void seen(UUID conversationId, UUID viewerId, long upToSeq) {
		if (upToSeq > 0) {
			this.readPointers.markRead(conversationId, viewerId, upToSeq);
		}
	}

	private static @Nullable Long firstUnread(List<ChatMessage> entries, UUID viewerId, int unread) {
		if (unread <= 0) {
			return null;
		}
		int counted = 0;
		for (int i = entries.size() - 1; i >= 0; i--) {
			ChatMessage entry = entries.get(i);
			if (entry.type() == MessageType.MESSAGE && !viewerId.equals(entry.senderId())) {
				counted++;
				if (counted == unread) {
					return entry.seq();
				}
			}
		}
		return null;
	}

	/**
	 * A window of a timeline.
	 *
	 * @param conversation the conversation as the viewer sees it
	 * @param entries the messages and system events, ascending
	 * @param from the first seq of the window
	 * @param lastSeq the newest seq
	 * @param firstUnreadSeq the viewer's first unread message, or {@code null}
	 */
	public record Timeline(ConversationSummary conversation, List<ChatMessage> entries, long from, long lastSeq,
			@Nullable Long firstUnreadSeq) {

		public UUID conversationId() {
			return this.conversation.id();
		}

		public boolean hasOlder() {
			return this.from > 1;
		}

		/**
		 * What the viewer has seen of this window: the newest seq, followed by a
		 * fingerprint of what each entry shows (its text, edits and deletion), so that a
		 * refresh notices an edit, a deletion or a moderator's release of a masked
		 * message too.
		 * @return the version to send back as {@code known}
		 */
		public String version() {
			int changes = 0;
			for (ChatMessage entry : this.entries) {
				changes = 31 * changes + Objects.hash(entry.id(), entry.body(), entry.editedAt(), entry.deleted());
			}
			return this.lastSeq + "." + Integer.toHexString(changes);
		}

	}

}
