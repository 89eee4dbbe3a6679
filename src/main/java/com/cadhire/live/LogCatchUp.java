package com.cadhire.live;

import java.util.List;
import java.util.UUID;

import com.cadhire.chat.ReadPointers;
import com.cadhire.live.EventLog.Logged;
import com.cadhire.live.LiveConnection.Chunk;
import com.cadhire.live.WakeUpReader.Prefetch;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings one stream up to date with its user's log: exact catch-up from the
 * {@code Last-Event-ID}, from the batched read of a wake-up when it answers, otherwise
 * from the stream's own reads.
 */
final class LogCatchUp {

	private final EventLog eventLog;

	private final ReadPointers chat;

	private final JsonMapper json;

	private final LiveSettings settings;

	LogCatchUp(EventLog eventLog, ReadPointers chat, JsonMapper json, LiveSettings settings) {
		this.eventLog = eventLog;
		this.chat = chat;
		this.json = json;
		this.settings = settings;
	}

	/**
	 * Queues what the log holds after the connection's last id, in batches, while the
	 * connection has room. A resumed stream whose next event was already deleted (ids are
	 * dense, so a gap means deleted) gets {@code resync} and continues from the newest
	 * event.
	 * @param connection the stream, on its task
	 */
	void catchUp(LiveConnection connection) {
		UUID userId = connection.userId;
		if (connection.lastId < 0) {
			long newest = this.eventLog.lastId(userId);
			connection.liveFrom = newest;
			Long resume = connection.resumeFrom;
			if (resume == null) {
				connection.lastId = newest;
				connection.enqueue(
						Chunk.event(Long.toString(newest), "ready", "{\"lastEventId\":" + newest + "}", false, null));
				return;
			}
			if (resume > newest || (resume < newest && firstAfter(userId, resume) != resume + 1)) {
				resync(connection, newest);
				return;
			}
			connection.lastId = resume;
		}
		Prefetch prefetch = connection.prefetched.getAndSet(null);
		// whether the prefetched read answered everything up to when it ran
		boolean answered = false;
		if (prefetch != null && prefetch.after() <= connection.lastId) {
			answered = !prefetch.full();
			for (Logged event : prefetch.events()) {
				if (event.id() <= connection.lastId) {
					continue;
				}
				if (event.id() != connection.lastId + 1) {
					answered = false;
					break;
				}
				if (!connection.hasRoom()) {
					connection.logPending.set(true);
					return;
				}
				connection.enqueue(Chunk.event(Long.toString(event.id()), event.name(), event.data(), true,
						(event.id() > connection.liveFrom) ? event.createdAt() : null));
				connection.lastId = event.id();
				connection.unreadChanged |= event.unread();
			}
		}
		while (!answered && !connection.closed()) {
			List<Logged> batch = this.eventLog.after(userId, connection.lastId, this.settings.batchSize());
			if (!batch.isEmpty() && batch.get(0).id() != connection.lastId + 1) {
				resync(connection, this.eventLog.lastId(userId));
				return;
			}
			for (Logged event : batch) {
				if (!connection.hasRoom()) {
					// the rest waits in the log until the client has taken what is queued
					connection.logPending.set(true);
					return;
				}
				connection.enqueue(Chunk.event(Long.toString(event.id()), event.name(), event.data(), true,
						(event.id() > connection.liveFrom) ? event.createdAt() : null));
				connection.lastId = event.id();
				connection.unreadChanged |= event.unread();
			}
			if (batch.size() < this.settings.batchSize()) {
				break;
			}
		}
		if (connection.unreadChanged && !connection.closed()) {
			// derived from the current state, so it carries the id of the newest event
			// queued: a client resuming from there has seen this state already
			connection.unreadChanged = false;
			String unread = (answered && prefetch.unread() != null) ? prefetch.unread()
					: this.json.writeValueAsString(this.chat.unread(userId));
			connection.enqueue(Chunk.event(Long.toString(connection.lastId), "unread.changed", unread, false, null));
		}
	}

	private long firstAfter(UUID userId, long id) {
		List<Logged> first = this.eventLog.after(userId, id, 1);
		return first.isEmpty() ? -1 : first.get(0).id();
	}

	private void resync(LiveConnection connection, long newest) {
		connection.lastId = newest;
		connection.unreadChanged = false;
		connection.enqueue(Chunk.event(Long.toString(newest), "resync",
				"{\"lastEventId\":" + newest + ",\"reason\":\"Events after the given Last-Event-ID are no longer"
						+ " kept; reload the current state.\"}",
				false, null));
		connection.logPending.set(true);
	}

}
