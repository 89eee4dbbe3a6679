package com.cadhire.live;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cadhire.chat.ReadPointers;
import com.cadhire.live.EventLog.Logged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batched read of one wake-up: one read of the log (and of the unread counts, if they
 * changed) for all the streams woken by one commit, instead of one per stream.
 */
final class WakeUpReader {

	private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

	private final EventLog eventLog;

	private final ReadPointers chat;

	private final JsonMapper json;

	private final LiveSettings settings;

	WakeUpReader(EventLog eventLog, ReadPointers chat, JsonMapper json, LiveSettings settings) {
		this.eventLog = eventLog;
		this.chat = chat;
		this.json = json;
		this.settings = settings;
	}

	/**
	 * Reads the logs of the woken streams' users in one query and leaves what it found to
	 * each stream's task. Only a hint: a task that finds it stale or incomplete reads the
	 * log itself; a failed read leaves nothing.
	 * @param woken the streams woken by one commit
	 */
	void readFor(List<LiveConnection> woken) {
		try {
			Map<UUID, Long> after = new HashMap<>();
			for (LiveConnection connection : woken) {
				after.merge(connection.userId, connection.lastId, Math::min);
			}
			Map<UUID, List<Logged>> found = this.eventLog.afterAll(after, this.settings.batchSize());
			Set<UUID> unreadChanged = new HashSet<>();
			found.forEach((userId, events) -> {
				if (events.stream().anyMatch(Logged::unread)) {
					unreadChanged.add(userId);
				}
			});
			Map<UUID, String> unread = new HashMap<>();
			if (!unreadChanged.isEmpty()) {
				this.chat.unread(unreadChanged)
					.forEach((userId, counts) -> unread.put(userId, this.json.writeValueAsString(counts)));
			}
			for (LiveConnection connection : woken) {
				List<Logged> events = found.getOrDefault(connection.userId, List.of());
				connection.prefetched(new Prefetch(after.get(connection.userId), events,
						events.size() >= this.settings.batchSize(), unread.get(connection.userId)));
			}
		}
		catch (RuntimeException ex) {
			log.debug("Reading the log for woken streams failed; each reads its own", ex);
		}
	}

	/**
	 * What one read found for a woken stream's user.
	 *
	 * @param after the id after which it read
	 * @param events the events after it, in id order
	 * @param full whether the read stopped at its limit (more may follow)
	 * @param unread the user's unread counts as JSON, read after the events, if they
	 * changed; otherwise {@code null}
	 */
	record Prefetch(long after, List<Logged> events, boolean full, @Nullable String unread) {

		/**
		 * @return the id up to which the read saw the log: its newest event, or where it
		 * started if it found none
		 */
		long reach() {
			return this.events.isEmpty() ? this.after : this.events.get(this.events.size() - 1).id();
		}

	}

}
