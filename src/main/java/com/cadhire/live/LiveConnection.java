package com.cadhire.live;

import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open event stream. Logged events are not queued here: the stream remembers the last
 * id it sent and reads what follows from the log when woken, so a connection holds at
 * most one batch of them. Only ephemeral frames (typing, heartbeats) wait in a bounded
 * queue. One task at a time writes to a connection.
 */
final class LiveConnection {

	final UUID userId;

	final SseEmitter emitter;

	/**
	 * The {@code Last-Event-ID} the client resumed from, {@code null} for a new stream.
	 */
	final @Nullable Long resumeFrom;

	final ArrayBlockingQueue<Frame> outbox;

	/** Set when the log may hold events this connection has not sent yet. */
	final AtomicBoolean logPending = new AtomicBoolean(true);

	/** Set while a task is scheduled or running for this connection. */
	final AtomicBoolean scheduled = new AtomicBoolean();

	final long openedAt = System.nanoTime();

	/** The last logged id sent; negative until the stream has found its position. */
	long lastId = -1;

	/** When the write in progress started ({@link System#nanoTime()}), 0 when idle. */
	volatile long sendingSince;

	volatile boolean closed;

	LiveConnection(UUID userId, SseEmitter emitter, @Nullable Long resumeFrom, int queueCapacity) {
		this.userId = userId;
		this.emitter = emitter;
		this.resumeFrom = resumeFrom;
		this.outbox = new ArrayBlockingQueue<>(queueCapacity);
	}

	/**
	 * A frame that is not logged.
	 *
	 * @param name the event name, {@code null} for a comment line (heartbeat)
	 * @param data the data, or the comment
	 */
	record Frame(@Nullable String name, String data) {

		static final Frame HEARTBEAT = new Frame(null, "heartbeat");

	}

}
