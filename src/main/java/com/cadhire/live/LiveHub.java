package com.cadhire.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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

import com.cadhire.chat.ReadPointers;
import com.cadhire.live.EventLog.Logged;
import com.cadhire.live.LiveConnection.Chunk;
import com.cadhire.live.LiveConnection.Frame;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Holds this node's open event streams and writes to them. Domain modules never see it.
 * <p>
 * A stream is woken with the ids of users that have new logged events; it then reads the
 * log after the last id it queued, in short queries on a delivery thread (no database
 * connection is held while a stream is idle, and none by the request). Writes use the
 * servlet container's non-blocking output (see {@link LiveConnection} and ADR 0007): the
 * delivery threads only read the log and hand frames to the container, never waiting for
 * a client, so a client that stops reading holds back nobody but itself. A connection
 * whose output stays blocked longer than the write deadline ({@code send-timeout}), or
 * whose queue of ephemeral frames overflows, is dropped and its connection closed; the
 * client reconnects with its {@code Last-Event-ID} and gets what it missed from the log.
 */
@Component
public class LiveHub implements DisposableBean, LiveConnection.Owner {

	private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

	/** The most users whose logs one batched read of a wake-up covers. */
	private static final int MAX_USERS_PER_READ = 100;

	private final Map<UUID, List<LiveConnection>> connections = new ConcurrentHashMap<>();

	private final EventLog eventLog;

	private final ReadPointers chat;

	private final JsonMapper json;

	private final LiveSettings settings;

	private final Clock clock;

	private final ExecutorService delivery;

	private final ScheduledExecutorService timers;

	private final Counter deliveries;

	private final Timer latency;

	private final Counter droppedSlow;

	private final Counter droppedQueueFull;

	private final Counter droppedTooMany;

	LiveHub(EventLog eventLog, ReadPointers chat, JsonMapper json, LiveSettings settings, Clock clock,
			MeterRegistry meters) {
		this.eventLog = eventLog;
		this.chat = chat;
		this.json = json;
		this.settings = settings;
		this.clock = clock;
		this.deliveries = Counter.builder("cadhire.live.deliveries")
			.description(
					"Logged events (messages, edits, read markers, funnel changes) written to an open event stream")
			.register(meters);
		this.latency = Timer.builder("cadhire.live.delivery.latency")
			.description("From the commit of an event to its write to an open event stream")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofMinutes(1))
			.register(meters);
		Gauge.builder("cadhire.live.streams.open", this, LiveHub::openStreams)
			.description("Event streams open on this node")
			.register(meters);
		this.droppedSlow = dropped(meters, "write-deadline");
		this.droppedQueueFull = dropped(meters, "queue-full");
		this.droppedTooMany = dropped(meters, "too-many-streams");
		this.delivery = Executors.newFixedThreadPool(settings.deliveryThreads(), daemon("live-delivery-"));
		this.timers = Executors.newSingleThreadScheduledExecutor(daemon("live-timers-"));
		long heartbeat = settings.heartbeat().toMillis();
		this.timers.scheduleAtFixedRate(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
		long watch = Math.max(50, Math.min(1000, settings.sendTimeout().toMillis() / 4));
		this.timers.scheduleWithFixedDelay(this::watchdog, watch, watch, TimeUnit.MILLISECONDS);
	}

	private static Counter dropped(MeterRegistry meters, String reason) {
		return Counter.builder("cadhire.live.streams.dropped")
			.description("Event streams dropped and closed by the server, by reason (write-deadline: the client"
					+ " stopped reading)")
			.tag("reason", reason)
			.register(meters);
	}

	/**
	 * Opens a stream for a user on the request: sends the headers at once, then writes
	 * with the container's non-blocking output.
	 * @param userId the signed-in user
	 * @param lastEventId the id of the last event the client saw, {@code null} for a new
	 * stream (which starts with the events logged from now on)
	 * @param request the request
	 * @param response its response; headers set by the caller are sent
	 * @throws IOException if the client went away
	 */
	public void open(UUID userId, @Nullable Long lastEventId, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("text/event-stream");
		response.flushBuffer();
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(this.settings.streamTimeout().toMillis());
		ServletOutputStream out = response.getOutputStream();
		Runnable abort = (request.getAttribute(LiveConnection.ABORT_ATTRIBUTE) instanceof Runnable given) ? given
				: null;
		LiveConnection connection = new LiveConnection(userId, lastEventId, this.settings.queueCapacity(), async, out,
				abort, this);
		async.addListener(connection);
		List<LiveConnection> mine = this.connections.computeIfAbsent(userId, (id) -> new CopyOnWriteArrayList<>());
		mine.add(connection);
		while (mine.size() > this.settings.maxStreamsPerUser()) {
			LiveConnection oldest = mine.get(0);
			if (oldest.markClosed()) {
				this.droppedTooMany.increment();
				remove(oldest);
				oldest.complete();
			}
			else {
				mine.remove(oldest);
			}
		}
		// the container calls onWritePossible right away; the first frames come from a
		// delivery thread
		out.setWriteListener(connection);
		schedule(connection);
	}

	/**
	 * Wakes the streams of users: their logs have new events.
	 * @param userIds the users
	 */
	public void wake(Collection<UUID> userIds) {
		List<LiveConnection> positioned = new ArrayList<>();
		for (UUID userId : userIds) {
			for (LiveConnection connection : this.connections.getOrDefault(userId, List.of())) {
				if (connection.lastId >= 0) {
					positioned.add(connection);
				}
				else {
					connection.logPending.set(true);
					schedule(connection);
				}
			}
		}
		for (int from = 0; from < positioned.size(); from += MAX_USERS_PER_READ) {
			List<LiveConnection> group = positioned.subList(from,
					Math.min(positioned.size(), from + MAX_USERS_PER_READ));
			try {
				this.delivery.execute(() -> readFor(group));
			}
			catch (RejectedExecutionException ex) {
				group.forEach((connection) -> {
					connection.logPending.set(true);
					schedule(connection);
				});
			}
		}
	}

	/**
	 * One read of the log (and of the unread counts, if they changed) for all the streams
	 * woken by one commit, instead of one per stream; each stream's task then queues what
	 * was found. Only a hint: a task that finds it stale or incomplete reads the log
	 * itself.
	 */
	private void readFor(List<LiveConnection> woken) {
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
				connection.prefetched.set(new Prefetch(after.get(connection.userId), events,
						events.size() >= this.settings.batchSize(), unread.get(connection.userId)));
			}
		}
		catch (RuntimeException ex) {
			log.debug("Reading the log for woken streams failed; each reads its own", ex);
		}
		for (LiveConnection connection : woken) {
			connection.logPending.set(true);
			schedule(connection);
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

	/**
	 * @param userId a user
	 * @return how many streams of the user are open on this node
	 */
	int openStreams(UUID userId) {
		return this.connections.getOrDefault(userId, List.of()).size();
	}

	/**
	 * @return how many streams of this node wait for a client that does not take what
	 * they write
	 */
	int stalledStreams() {
		long now = System.nanoTime();
		return (int) this.connections.values()
			.stream()
			.flatMap(List::stream)
			.filter((connection) -> connection.stalledFor(now) > 0)
			.count();
	}

	private void offer(LiveConnection connection, Frame frame) {
		if (!connection.outbox.offer(frame)) {
			drop(connection, "queue full", this.droppedQueueFull);
			return;
		}
		schedule(connection);
	}

	private void schedule(LiveConnection connection) {
		if (!connection.closed() && connection.scheduled.compareAndSet(false, true)) {
			try {
				this.delivery.execute(() -> drain(connection));
			}
			catch (RejectedExecutionException ex) {
				connection.scheduled.set(false);
			}
		}
	}

	/**
	 * Produces what is due for a connection while it has room, and hands it to the
	 * container. Never waits for the client: what the client has not taken yet stays
	 * queued, and {@link #room} schedules this again once it has.
	 */
	private void drain(LiveConnection connection) {
		do {
			try {
				if (connection.hasRoom() && (connection.logPending.getAndSet(false) || connection.unreadChanged)) {
					catchUp(connection);
				}
				Frame frame;
				while (!connection.closed() && connection.hasRoom() && (frame = connection.outbox.poll()) != null) {
					connection.enqueue((frame.name() != null)
							? Chunk.event(null, frame.name(), frame.data(), false, null) : Chunk.comment(frame.data()));
				}
				connection.flush();
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Writing to the event stream of {} failed", connection.userId, ex);
				if (connection.markClosed()) {
					remove(connection);
					connection.abort();
				}
				return;
			}
			finally {
				connection.scheduled.set(false);
			}
		}
		while (!connection.closed() && connection.hasRoom()
				&& (connection.logPending.get() || connection.unreadChanged || !connection.outbox.isEmpty())
				&& connection.scheduled.compareAndSet(false, true));
	}

	/**
	 * Queues what the log holds after the connection's last id, in batches, while the
	 * connection has room. A resumed stream whose next event was already deleted (ids are
	 * dense, so a gap means deleted) gets {@code resync} and continues from the newest
	 * event.
	 */
	private void catchUp(LiveConnection connection) {
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

	@Override
	public void written(LiveConnection connection, Chunk chunk) {
		if (chunk.logged()) {
			this.deliveries.increment();
			if (chunk.committedAt() != null) {
				Duration took = Duration.between(chunk.committedAt(), this.clock.instant());
				if (!took.isNegative()) {
					this.latency.record(took);
				}
			}
		}
	}

	@Override
	public void room(LiveConnection connection) {
		schedule(connection);
	}

	@Override
	public void failed(LiveConnection connection, @Nullable Throwable failure) {
		log.debug("The event stream of {} failed: {}", connection.userId, String.valueOf(failure));
		// A write that fails while it waited for the client is the container's own write
		// timeout (server.tomcat.connection-timeout) ending a stream the client stopped
		// reading, possibly before the watchdog's deadline: a slow stream dropped all the
		// same.
		boolean stalled = connection.stalledFor(System.nanoTime()) > 0;
		if (connection.markClosed() && stalled) {
			this.droppedSlow.increment();
		}
		remove(connection);
	}

	@Override
	public void ended(LiveConnection connection) {
		connection.markClosed();
		remove(connection);
	}

	private void heartbeat() {
		try {
			for (List<LiveConnection> mine : this.connections.values()) {
				for (LiveConnection connection : mine) {
					offer(connection, Frame.HEARTBEAT);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Heartbeat failed", ex);
		}
	}

	/**
	 * Drops the streams whose output has waited for the client longer than the write
	 * deadline.
	 */
	private void watchdog() {
		try {
			long now = System.nanoTime();
			long limit = this.settings.sendTimeout().toNanos();
			for (List<LiveConnection> mine : this.connections.values()) {
				for (LiveConnection connection : mine) {
					if (connection.stalledFor(now) > limit) {
						drop(connection, "write deadline", this.droppedSlow);
					}
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Checking the event streams' write deadlines failed", ex);
		}
	}

	private void drop(LiveConnection connection, String why, Counter counter) {
		if (!connection.markClosed()) {
			return;
		}
		log.debug("Dropping the event stream of {}: {}", connection.userId, why);
		counter.increment();
		remove(connection);
		connection.outbox.clear();
		connection.abort();
	}

	private void remove(LiveConnection connection) {
		this.connections.computeIfPresent(connection.userId, (id, mine) -> {
			mine.remove(connection);
			return mine.isEmpty() ? null : mine;
		});
	}

	@Override
	public void destroy() {
		this.timers.shutdownNow();
		List<LiveConnection> all = new ArrayList<>();
		this.connections.values().forEach(all::addAll);
		all.forEach((connection) -> {
			connection.markClosed();
			remove(connection);
			connection.complete();
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
