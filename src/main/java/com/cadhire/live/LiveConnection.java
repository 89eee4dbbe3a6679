package com.cadhire.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.jspecify.annotations.Nullable;

/**
 * One open event stream, written with the servlet container's non-blocking output: a
 * frame is handed to the container only while {@link ServletOutputStream#isReady()} says
 * it can take it, so no thread ever waits for the client. What the client has not taken
 * yet waits in {@link #pending}, in order; the container calls {@link #onWritePossible()}
 * when the socket drains. A connection whose output has not been ready for longer than
 * the write deadline is aborted by the hub's watchdog.
 * <p>
 * Logged events are not queued beyond a small backlog: the stream remembers the last id
 * it queued and reads what follows from the log when there is room, so a stalled client
 * holds at most {@link #BACKLOG_BYTES} plus one event. Ephemeral frames (typing,
 * heartbeats) wait in a bounded queue. One task at a time produces frames for a
 * connection; writes to the container are serialised by a lock.
 */
final class LiveConnection implements WriteListener, AsyncListener {

	/**
	 * A request attribute, set by the servlet container's integration when it can close a
	 * connection at once: a {@link Runnable} that aborts the connection without flushing
	 * what is still buffered.
	 */
	static final String ABORT_ATTRIBUTE = LiveConnection.class.getName() + ".abort";

	/** Frames are read from the log only while less than this waits for the client. */
	static final int BACKLOG_BYTES = 64 * 1024;

	final UUID userId;

	/**
	 * The {@code Last-Event-ID} the client resumed from, {@code null} for a new stream.
	 */
	final @Nullable Long resumeFrom;

	final ArrayBlockingQueue<Frame> outbox;

	/** Set when the log may hold events this connection has not queued yet. */
	final AtomicBoolean logPending = new AtomicBoolean(true);

	/** Set while a task is scheduled or running for this connection. */
	final AtomicBoolean scheduled = new AtomicBoolean();

	/**
	 * The last logged id queued; negative until the stream has found its position.
	 * Written by the connection's task only; read by the batched reads of wake-ups.
	 */
	volatile long lastId = -1;

	/**
	 * What one read for all the streams woken by a commit found for this one, waiting for
	 * the connection's task; {@code null} when there is none. Set with
	 * {@link #prefetched(WakeUpReader.Prefetch)}.
	 */
	final AtomicReference<WakeUpReader.Prefetch> prefetched = new AtomicReference<>();

	/**
	 * Events up to this id were in the log when the stream opened (a replay); later ones
	 * are timed from their commit to their write.
	 */
	long liveFrom = Long.MAX_VALUE;

	/** Whether the events queued since the last {@code unread.changed} changed counts. */
	volatile boolean unreadChanged;

	private final AsyncContext async;

	private final ServletOutputStream out;

	private final @Nullable Runnable abort;

	private final Owner owner;

	private final AtomicBoolean closed = new AtomicBoolean();

	/** Guards the output, {@link #pending} and {@link #completed}. */
	private final ReentrantLock lock = new ReentrantLock();

	private final ArrayDeque<Chunk> pending = new ArrayDeque<>();

	private int pendingBytes;

	/** Bytes handed to the container since its last flush. */
	private boolean unflushed;

	/** The container has completed the request: nothing may touch it any more. */
	private boolean completed;

	/**
	 * Since when ({@link System#nanoTime()}) the output has not been ready for what
	 * waits, 0 while it is.
	 */
	private volatile long stalledSince;

	LiveConnection(UUID userId, @Nullable Long resumeFrom, int queueCapacity, AsyncContext async,
			ServletOutputStream out, @Nullable Runnable abort, Owner owner) {
		this.userId = userId;
		this.resumeFrom = resumeFrom;
		this.outbox = new ArrayBlockingQueue<>(queueCapacity);
		this.async = async;
		this.out = out;
		this.abort = abort;
		this.owner = owner;
	}

	/**
	 * Leaves what a batched read found for the connection's task, unless a read that
	 * reached further is already waiting. Reads of two wake-ups run concurrently on the
	 * delivery threads and may finish in either order: the one that reached further saw
	 * everything the other saw (ids become visible in order), so keeping it, and never
	 * the other, means a task that takes it as the answer misses nothing either read was
	 * woken for.
	 * @param found what one read found
	 */
	void prefetched(WakeUpReader.Prefetch found) {
		this.prefetched.accumulateAndGet(found,
				(waiting, fresh) -> (waiting == null || fresh.reach() >= waiting.reach()) ? fresh : waiting);
	}

	boolean closed() {
		return this.closed.get();
	}

	/**
	 * Marks the connection closed.
	 * @return whether it was open until now
	 */
	boolean markClosed() {
		return this.closed.compareAndSet(false, true);
	}

	/**
	 * @return whether there is room for more frames from the log
	 */
	boolean hasRoom() {
		this.lock.lock();
		try {
			return this.pendingBytes < BACKLOG_BYTES;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * @param now {@link System#nanoTime()}
	 * @return how long the output has been waiting for the client, in nanoseconds, 0 if
	 * it is not
	 */
	long stalledFor(long now) {
		long since = this.stalledSince;
		return (since == 0) ? 0 : now - since;
	}

	/**
	 * Queues a frame behind those waiting. Call {@link #flush()} after queuing.
	 */
	void enqueue(Chunk chunk) {
		this.lock.lock();
		try {
			if (this.completed || this.closed.get()) {
				return;
			}
			this.pending.add(chunk);
			this.pendingBytes += chunk.bytes().length;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Hands the container as much of what waits as it takes now, without waiting.
	 * @throws IOException if the connection failed
	 */
	void flush() throws IOException {
		this.lock.lock();
		try {
			while (!this.completed && !this.closed.get()) {
				if (!this.out.isReady()) {
					// the container calls onWritePossible once the client has taken it
					if (this.stalledSince == 0) {
						this.stalledSince = System.nanoTime();
					}
					return;
				}
				this.stalledSince = 0;
				Chunk chunk = this.pending.poll();
				if (chunk == null) {
					if (!this.unflushed) {
						return;
					}
					this.unflushed = false;
					this.out.flush();
					continue;
				}
				this.pendingBytes -= chunk.bytes().length;
				this.out.write(chunk.bytes());
				this.unflushed = true;
				this.owner.written(this, chunk);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Ends the stream in order: what the container holds is still sent.
	 */
	void complete() {
		this.lock.lock();
		try {
			this.pending.clear();
			this.pendingBytes = 0;
			if (!this.completed) {
				this.async.complete();
			}
		}
		catch (RuntimeException ex) {
			// already completing (the client went away meanwhile)
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Closes the connection at once, dropping what it has not sent, where the container
	 * allows it; otherwise completes it, and the container closes it once its own write
	 * timeout expires.
	 */
	void abort() {
		this.lock.lock();
		try {
			this.pending.clear();
			this.pendingBytes = 0;
			if (this.completed) {
				return;
			}
			if (this.abort != null) {
				this.abort.run();
			}
			else {
				this.async.complete();
			}
		}
		catch (RuntimeException ex) {
			// already completing (the client went away meanwhile)
		}
		finally {
			this.lock.unlock();
		}
	}

	// WriteListener: called by the container

	@Override
	public void onWritePossible() throws IOException {
		flush();
		if (!this.closed.get() && (this.logPending.get() || this.unreadChanged || !this.outbox.isEmpty())
				&& hasRoom()) {
			this.owner.room(this);
		}
	}

	@Override
	public void onError(Throwable failure) {
		this.owner.failed(this, failure);
		complete();
	}

	// AsyncListener: called by the container

	@Override
	public void onComplete(AsyncEvent event) {
		this.lock.lock();
		try {
			this.completed = true;
			this.pending.clear();
			this.pendingBytes = 0;
		}
		finally {
			this.lock.unlock();
		}
		this.owner.ended(this);
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		// the stream's lifetime is over: the client reconnects with its Last-Event-ID
		this.owner.ended(this);
		complete();
	}

	@Override
	public void onError(AsyncEvent event) {
		this.owner.failed(this, event.getThrowable());
		complete();
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
	}

	/**
	 * What the connection tells the hub.
	 */
	interface Owner {

		/** A frame was handed to the container. */
		void written(LiveConnection connection, Chunk chunk);

		/** The backlog drained: more may be read from the log. */
		void room(LiveConnection connection);

		/** The connection failed (the client went away, or a write failed). */
		void failed(LiveConnection connection, @Nullable Throwable failure);

		/** The stream ended. */
		void ended(LiveConnection connection);

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

	/**
	 * An encoded frame waiting for the client.
	 *
	 * @param bytes the frame in the {@code text/event-stream} format, UTF-8
	 * @param logged whether it carries a logged event
	 * @param committedAt when a logged event that happened while the stream was open was
	 * committed, {@code null} for a replayed one and for other frames
	 */
	record Chunk(byte[] bytes, boolean logged, @Nullable Instant committedAt) {

		static Chunk event(@Nullable String id, String name, String data, boolean logged,
				@Nullable Instant committedAt) {
			StringBuilder frame = new StringBuilder(data.length() + 64);
			if (id != null) {
				frame.append("id:").append(id).append('\n');
			}
			frame.append("event:").append(name).append('\n');
			for (String line : data.split("\r\n|\r|\n", -1)) {
				frame.append("data:").append(line).append('\n');
			}
			frame.append('\n');
			return new Chunk(frame.toString().getBytes(StandardCharsets.UTF_8), logged, committedAt);
		}

		static Chunk comment(String text) {
			return new Chunk((":" + text + "\n\n").getBytes(StandardCharsets.UTF_8), false, null);
		}

	}

}
