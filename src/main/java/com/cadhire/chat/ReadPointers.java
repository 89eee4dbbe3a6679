package com.cadhire.chat;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cadhire.common.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far each participant has read, and how many messages they have not read yet. Unread
 * counts are counters per participant, kept by sends, deletes and read pointers under the
 * conversation's lock, so reading them never counts messages.
 */
@Service
public class ReadPointers {

	private final Conversations conversations;

	private final TimelineAppender timeline;

	private final ApplicationEventPublisher events;

	ReadPointers(Conversations conversations, TimelineAppender timeline, ApplicationEventPublisher events) {
		this.conversations = conversations;
		this.timeline = timeline;
		this.events = events;
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
		long lastSeq = this.timeline.lockLastSeq(conversationId);
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
		long lastSeq = this.timeline.lockLastSeq(conversationId);
		long target = Math.max(0, Math.min(fromSeq - 1, lastSeq));
		if (this.conversations.setReadPointer(conversationId, participantId, target)) {
			this.events.publishEvent(new ConversationRead(conversationId, participantId, target));
		}
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
	 * The unread messages of many participants, in one query.
	 * @param participantIds the participants
	 * @return for each of them, what {@link #unread(UUID)} answers
	 */
	@Transactional(readOnly = true)
	public Map<UUID, UnreadCounts> unread(Collection<UUID> participantIds) {
		Map<UUID, Map<UUID, Integer>> counts = this.conversations.unreadCountsOfAll(participantIds);
		Map<UUID, UnreadCounts> all = new HashMap<>();
		for (UUID participantId : participantIds) {
			Map<UUID, Integer> mine = counts.getOrDefault(participantId, Map.of());
			all.put(participantId,
					new UnreadCounts(mine.values().stream().mapToInt(Integer::intValue).sum(), Map.copyOf(mine)));
		}
		return all;
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

	private void requireParticipant(UUID conversationId, UUID participantId) {
		if (!this.conversations.isParticipant(conversationId, participantId)) {
			throw new NotFoundException("conversation");
		}
	}

}
