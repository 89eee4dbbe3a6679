package com.cadhire.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.cadhire.chat.ConversationManagement;
import com.cadhire.live.EventLog.Logged;
import com.cadhire.live.LiveConnection.Frame;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Holds this node's open event streams and writes to them. Domain modules never see it.
 * <p>
 * A stream is woken with the ids of users that have new logged events; it then reads the
 * log after the last id it sent, in short queries on a delivery thread (no database
 * connection is held while a stream is idle, and none by the request). Writes to one
 * connection happen one at a time; a connection whose queue of ephemeral frames
 * overflows, or whose write stays blocked longer than the send timeout, is dropped, so a
 * slow or stuck client never holds memory or other clients back.
 */
@Component
public class LiveHub implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

	/** Data lines are JSON text written as they are, in UTF-8. */
	private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

	private final Map<UUID, List<LiveConnection>> connections = new ConcurrentHashMap<>();

	private final EventLog eventLog;

	private final ConversationManagement chat;

	private final JsonMapper json;

	private final LiveSettings settings;

	private final ExecutorService delivery;

	private final ScheduledExecutorService heartbeats;

	LiveHub(EventLog eventLog, ConversationManagement chat, JsonMapper json, LiveSettings settings) {
		this.eventLog = eventLog;
		this.chat = chat;
		this.json = json;
		this.settings = settings;
		this.delivery = Executors.newFixedThreadPool(settings.deliveryThreads(), daemon("live-delivery-"));
		this.heartbeats = Executors.newSingleThreadScheduledExecutor(daemon("live-heartbeat-"));
		long period = settings.heartbeat().toMillis();
		this.heartbeats.scheduleAtFixedRate(this::heartbeat, period, period, TimeUnit.MILLISECONDS);
	}

	/**
	 * Opens a stream for a user.
	 * @param userId the signed-in user
	 * @param lastEventId the id of the last event the client saw, {@code null} for a new
	 * stream (which starts with the events logged from now on)
	 * @return the emitter to return from the request
	 */
	public SseEmitter open(UUID userId, @Nullable Long lastEventId) {
		SseEmitter emitter = new SseEmitter(this.settings.streamTimeout().toMillis());
		LiveConnection connection = new LiveConnection(userId, emitter, lastEventId, this.settings.queueCapacity());
		emitter.onCompletion(() -> remove(connection));
		emitter.onTimeout(() -> {
			remove(connection);
			emitter.complete();
		});
		emitter.onError((ex) -> remove(connection));
		List<LiveConnection> mine = this.connections.computeIfAbsent(userId, (id) -> new CopyOnWriteArrayList<>());
		mine.add(connection);
		while (mine.size() > this.settings.maxStreamsPerUser()) {
			drop(mine.get(0), "too many streams");
		}
		schedule(connection);
		return emitter;
	}

	/**
	 * Wakes the streams of users: their logs have new events.
	 * @param userIds the users
	 */
	public void wake(Collection<UUID> userIds) {
		for (UUID userId : userIds) {
			for (LiveConnection connection : this.connections.getOrDefault(userId, List.of())) {
				connection.logPending.set(true);
				schedule(connection);
			}
		}
	}

	/**
	 * Wakes every stream of this node (after a wake-up may have been missed).
	 */
	public void wakeAll() {
		wake(Set.copyOf(this.connections.keySet()));
	}

	/**
	 * Sends an ephemeral event to the open streams of users.
	 * @param userIds the recipients
	 * @param name the event name
	 * @param data one line of JSON
	 */
	public void ephemeral(Collection<UUID> userIds, String name, String data) {
		Frame frame = new Frame(name, data);
		for (UUID userId : userIds) {
			for (LiveConnection connection : this.connections.getOrDefault(userId, List.of())) {
				offer(connection, frame);
			}
		}
	}

	/**
	 * @return how many streams are open on this node
	 */
	public int openStreams() {
		return this.connections.values().stream().mapToInt(List::size).sum();
	}

	private void offer(LiveConnection connection, Frame frame) {
		if (!connection.outbox.offer(frame)) {
			drop(connection, "queue full");
			return;
		}
		schedule(connection);
	}

	private void schedule(LiveConnection connection) {
		if (!connection.closed && connection.scheduled.compareAndSet(false, true)) {
			try {
				this.delivery.execute(() -> drain(connection));
			}
			catch (RejectedExecutionException ex) {
				connection.scheduled.set(false);
			}
		}
	}

	private void drain(LiveConnection connection) {
		do {
			try {
				if (connection.logPending.getAndSet(false)) {
					catchUp(connection);
				}
				Frame frame;
				while (!connection.closed && (frame = connection.outbox.poll()) != null) {
					SseEmitter.SseEventBuilder event = (frame.name() != null)
							? SseEmitter.event().name(frame.name()).data(frame.data(), TEXT)
							: SseEmitter.event().comment(frame.data());
					send(connection, event);
				}
			}
			catch (IOException | RuntimeException ex) {
				drop(connection, ex.toString());
				return;
			}
			finally {
				connection.scheduled.set(false);
			}
		}
		while (!connection.closed && (connection.logPending.get() || !connection.outbox.isEmpty())
				&& connection.scheduled.compareAndSet(false, true));
	}

	/**
	 * Sends what the log holds after the connection's last id, in batches. A resumed
	 * stream whose next event was already deleted (ids are dense, so a gap means deleted)
	 * gets {@code resync} and continues from the newest event.
	 */
	private void catchUp(LiveConnection connection) throws IOException {
		UUID userId = connection.userId;
		if (connection.lastId < 0) {
			long newest = this.eventLog.lastId(userId);
			Long resume = connection.resumeFrom;
			if (resume == null) {
				connection.lastId = newest;
				send(connection,
						SseEmitter.event()
							.id(Long.toString(newest))
							.name("ready")
							.data("{\"lastEventId\":" + newest + "}", TEXT));
				return;
			}
			if (resume > newest || (resume < newest && firstAfter(userId, resume) != resume + 1)) {
				resync(connection, newest);
				return;
			}
			connection.lastId = resume;
		}
		boolean unread = false;
		while (!connection.closed) {
			List<Logged> batch = this.eventLog.after(userId, connection.lastId, this.settings.batchSize());
			if (!batch.isEmpty() && batch.get(0).id() != connection.lastId + 1) {
				resync(connection, this.eventLog.lastId(userId));
				return;
			}
			for (Logged event : batch) {
				send(connection,
						SseEmitter.event().id(Long.toString(event.id())).name(event.name()).data(event.data(), TEXT));
				connection.lastId = event.id();
				unread |= event.unread();
			}
			if (batch.size() < this.settings.batchSize()) {
				break;
			}
		}
		if (unread && !connection.closed) {
			// derived from the current state, so it carries the id of the newest event
			// sent: a client resuming from there has seen this state already
			send(connection,
					SseEmitter.event()
						.id(Long.toString(connection.lastId))
						.name("unread.changed")
						.data(this.json.writeValueAsString(this.chat.unread(userId)), TEXT));
		}
	}

	private long firstAfter(UUID userId, long id) {
		List<Logged> first = this.eventLog.after(userId, id, 1);
		return first.isEmpty() ? -1 : first.get(0).id();
	}

	private void resync(LiveConnection connection, long newest) throws IOException {
		connection.lastId = newest;
		send(connection,
				SseEmitter.event()
					.id(Long.toString(newest))
					.name("resync")
					.data("{\"lastEventId\":" + newest
							+ ",\"reason\":\"Events after the given Last-Event-ID are no longer"
							+ " kept; reload the current state.\"}", TEXT));
		connection.logPending.set(true);
	}

	private void send(LiveConnection connection, SseEmitter.SseEventBuilder event) throws IOException {
		if (connection.closed) {
			return;
		}
		connection.sendingSince = System.nanoTime();
		try {
			connection.emitter.send(event);
		}
		finally {
			connection.sendingSince = 0;
		}
	}

	private void heartbeat() {
		try {
			long now = System.nanoTime();
			long limit = this.settings.sendTimeout().toNanos();
			for (List<LiveConnection> mine : this.connections.values()) {
				for (LiveConnection connection : mine) {
					long since = connection.sendingSince;
					if (since != 0 && now - since > limit) {
						drop(connection, "write blocked");
					}
					else {
						offer(connection, Frame.HEARTBEAT);
					}
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Heartbeat failed", ex);
		}
	}

	private void drop(LiveConnection connection, String why) {
		if (connection.closed) {
			return;
		}
		log.debug("Dropping the event stream of {}: {}", connection.userId, why);
		remove(connection);
		connection.outbox.clear();
		try {
			connection.emitter.completeWithError(new IOException("Event stream dropped: " + why));
		}
		catch (RuntimeException ex) {
			log.trace("Completing a dropped stream failed", ex);
		}
	}

	private void remove(LiveConnection connection) {
		connection.closed = true;
		this.connections.computeIfPresent(connection.userId, (id, mine) -> {
			mine.remove(connection);
			return mine.isEmpty() ? null : mine;
		});
	}

	@Override
	public void destroy() {
		this.heartbeats.shutdownNow();
		List<LiveConnection> all = new ArrayList<>();
		this.connections.values().forEach(all::addAll);
		all.forEach((connection) -> {
			remove(connection);
			try {
				connection.emitter.complete();
			}
			catch (RuntimeException ex) {
				log.trace("Completing a stream on shutdown failed", ex);
			}
		});
		this.delivery.shutdownNow();
	}

	private static ThreadFactory daemon(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
