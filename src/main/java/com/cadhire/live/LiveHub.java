package com.cadhire.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.cadhire.chat.ReadPointers;
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
 * A stream is woken with the ids of users that have new logged events. One query on a
 * delivery thread reads the log of all the streams woken by one commit (and one more
 * their unread counts, if they changed); each stream's task then queues what it found,
 * and reads the log itself only when that was not enough (a full batch, a resumed
 * stream). No database connection is held while a stream is idle, and none by the
 * request. Writes use the servlet container's non-blocking output (see
 * {@link LiveConnection} and ADR 0007): the delivery threads only read the log and hand
 * frames to the container, never waiting for a client, so a client that stops reading
 * holds back nobody but itself. A connection whose output stays blocked longer than the
 * write deadline ({@code send-timeout}), or whose queue of ephemeral frames overflows, is
 * dropped and its connection closed; the client reconnects with its {@code Last-Event-ID}
 * and gets what it missed from the log.
 */
@Component
public class LiveHub implements DisposableBean, LiveConnection.Owner {

	private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

	private final LiveStreams streams = new LiveStreams();

	private final LiveSettings settings;

	private final Clock clock;

	private final LiveDelivery delivery;

	private final ScheduledExecutorService timers;

	private final Counter deliveries;

	private final Timer latency;

	private final Counter droppedSlow;

	private final Counter droppedQueueFull;

	private final Counter droppedTooMany;

	LiveHub(EventLog eventLog, ReadPointers chat, JsonMapper json, LiveSettings settings, Clock clock,
			MeterRegistry meters) {
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
		this.delivery = new LiveDelivery(settings, this.streams, new WakeUpReader(eventLog, chat, json, settings),
				new LogCatchUp(eventLog, chat, json, settings));
		this.timers = Executors.newSingleThreadScheduledExecutor(LiveDelivery.daemon("live-timers-"));
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
		List<LiveConnection> mine = this.streams.add(connection);
		while (mine.size() > this.settings.maxStreamsPerUser()) {
			LiveConnection oldest = mine.get(0);
			if (oldest.markClosed()) {
				this.droppedTooMany.increment();
				this.streams.remove(oldest);
				oldest.complete();
			}
			else {
				mine.remove(oldest);
			}
		}
		// the container calls onWritePossible right away; the first frames come from a
		// delivery thread
		out.setWriteListener(connection);
		this.delivery.schedule(connection);
	}

	/**
	 * Wakes the streams of users: their logs have new events.
	 * @param userIds the users
	 */
	public void wake(Collection<UUID> userIds) {
		this.delivery.wake(userIds);
	}

	/**
	 * Wakes every stream of this node (after a wake-up may have been missed).
	 */
	public void wakeAll() {
		wake(this.streams.users());
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
			for (LiveConnection connection : this.streams.of(userId)) {
				offer(connection, frame);
			}
		}
	}

	/**
	 * @return how many streams are open on this node
	 */
	public int openStreams() {
		return this.streams.count();
	}

	/**
	 * @param userId a user
	 * @return how many streams of the user are open on this node
	 */
	int openStreams(UUID userId) {
		return this.streams.count(userId);
	}

	/**
	 * @return how many streams of this node wait for a client that does not take what
	 * they write
	 */
	int stalledStreams() {
		return this.streams.stalled(System.nanoTime());
	}

	private void offer(LiveConnection connection, Frame frame) {
		if (!connection.outbox.offer(frame)) {
			drop(connection, "queue full", this.droppedQueueFull);
			return;
		}
		this.delivery.schedule(connection);
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
		this.delivery.schedule(connection);
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
		this.streams.remove(connection);
	}

	@Override
	public void ended(LiveConnection connection) {
		connection.markClosed();
		this.streams.remove(connection);
	}

	private void heartbeat() {
		try {
			for (List<LiveConnection> mine : this.streams.perUser()) {
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
			for (List<LiveConnection> mine : this.streams.perUser()) {
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
		this.streams.remove(connection);
		connection.outbox.clear();
		connection.abort();
	}

	@Override
	public void destroy() {
		this.timers.shutdownNow();
		this.streams.all().forEach((connection) -> {
			connection.markClosed();
			this.streams.remove(connection);
			connection.complete();
		});
		this.delivery.shutdownNow();
	}

}
