package com.cadhire.chat;

import com.cadhire.chat.Messages.MessageRow;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Appends entries to a conversation's timeline. Every entry gets the next {@code seq} of
 * its conversation (1, 2, 3, ... without gaps); the conversation row is the counter, and
 * locking it ({@link #lockLastSeq}) serialises the writers of one conversation (and only
 * of that one) until they commit.
 */
@Component
class TimelineAppender {

	private final Conversations conversations;

	private final Messages messages;

	TimelineAppender(Conversations conversations, Messages messages) {
		this.conversations = conversations;
		this.messages = messages;
	}

	/**
	 * Locks the conversation until the transaction ends.
	 * @return the seq of its newest entry
	 */
	long lockLastSeq(java.util.UUID conversationId) {
		return this.conversations.lockLastSeq(conversationId);
	}

	/**
	 * Stores a timeline entry and moves the conversation's counter to it; the caller
	 * holds the conversation's lock. A unique violation (the lock's backstop) leaves the
	 * transaction usable and raises {@link DuplicateKeyException}.
	 */
	void insert(MessageRow row) {
		if (!this.messages.insert(row)) {
			throw new DuplicateKeyException("A message of conversation " + row.conversationId() + " with seq "
					+ row.seq() + " or client message id " + row.clientMessageId() + " exists already");
		}
		this.conversations.advance(row.conversationId(), row.seq(), row.sentAt(),
				(row.type() == MessageType.MESSAGE) ? row.senderId() : null);
	}

}
