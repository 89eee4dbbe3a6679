package com.cadhire.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.cadhire.live.LiveConnection.Chunk;
import com.cadhire.live.LiveConnection.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery threads: dispatches wake-ups (one batched read per group of woken streams)
 * and runs each stream's task, which queues what is due while the stream has room and
 * hands it to the container. Never waits for a client.
 */
final class LiveDelivery {

	private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

	/** The most users whose logs one batched read of a wake-up covers. */
	private static final int MAX_USERS_PER_READ = 100;

	private final LiveStreams streams;

	private final WakeUpReader reader;

	private final LogCatchUp catchUp;

	private final ExecutorService executor;

	LiveDelivery(LiveSettings settings, LiveStreams streams, WakeUpReader reader, LogCatchUp catchUp) {
		this.streams = streams;
		this.reader = reader;
		this.catchUp = catchUp;
		this.executor = Executors.newFixedThreadPool(settings.deliveryThreads(), daemon("live-delivery-"));
	}

	/**
	 * Wakes the streams of users: their logs have new events. The streams that know their
	 * position are read for in batches; the others read for themselves.
	 * @param userIds the users
	 */
	void wake(Collection<UUID> userIds) {
		List<LiveConnection> positioned = new ArrayList<>();
		for (UUID userId : userIds) {
			for (LiveConnection connection : this.streams.of(userId)) {
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
				this.executor.execute(() -> readFor(group));
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
	 * One read for all the streams of a group, then each stream's task queues what was
	 * found (or reads the log itself).
	 */
	private void readFor(List<LiveConnection> woken) {
		this.reader.readFor(woken);
		for (LiveConnection connection : woken) {
			connection.logPending.set(true);
			schedule(connection);
		}
	}

	/**
	 * Runs the stream's task, unless it is closed or already scheduled.
	 * @param connection the stream
	 */
	void schedule(LiveConnection connection) {
		if (!connection.closed() && connection.scheduled.compareAndSet(false, true)) {
			try {
				this.executor.execute(() -> drain(connection));
			}
			catch (RejectedExecutionException ex) {
				connection.scheduled.set(false);
			}
		}
	}

	/**
	 * Produces what is due for a connection while it has room, and hands it to the
	 * container. Never waits for the client: what the client has not taken yet stays
	 * queued, and {@link LiveHub#room} schedules this again once it has.
	 */
	private void drain(LiveConnection connection) {
		do {
			try {
				if (connection.hasRoom() && (connection.logPending.getAndSet(false) || connection.unreadChanged)) {
					this.catchUp.catchUp(connection);
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
					this.streams.remove(connection);
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
	 * Stops the delivery threads.
	 */
	void shutdownNow() {
		this.executor.shutdownNow();
	}

	static ThreadFactory daemon(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
