package com.cadhire.support;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * A server-sent-event client for full-stack tests: streams {@code GET /api/v1/events}
 * line by line on a background thread and parses the events into a queue.
 */
public final class EventStream implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final List<String> comments = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final Thread reader;

	private volatile Stream<String> lines;

	private volatile int status;

	private volatile boolean closed;

	private EventStream(Api api, String lastEventId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/events"))
			.header("Accept", "text/event-stream")
			.GET();
		if (api.authorization() != null) {
			request.header("Authorization", api.authorization());
		}
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		try {
			HttpResponse<Stream<String>> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
			this.status = response.statusCode();
			this.lines = response.body();
		}
		catch (java.io.IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		this.reader = new Thread(this::read, "sse-test-client");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/**
	 * Opens a stream.
	 * @param api a signed-in client
	 * @return the stream
	 */
	public static EventStream open(Api api) {
		return new EventStream(api, null);
	}

	/**
	 * Opens a stream that resumes after an event id.
	 * @param api a signed-in client
	 * @param lastEventId the id of the last event seen
	 * @return the stream
	 */
	public static EventStream resume(Api api, String lastEventId) {
		return new EventStream(api, lastEventId);
	}

	public int status() {
		return this.status;
	}

	private void read() {
		String id = null;
		String name = null;
		StringBuilder data = new StringBuilder();
		try {
			for (String line : (Iterable<String>) this.lines::iterator) {
				if (line.isEmpty()) {
					if (name != null || !data.isEmpty()) {
						this.events
							.add(new Event(id, (name != null) ? name : "message", data.toString(), System.nanoTime()));
					}
					id = null;
					name = null;
					data.setLength(0);
				}
				else if (line.startsWith(":")) {
					this.comments.add(line.substring(1));
				}
				else {
					int colon = line.indexOf(':');
					String field = (colon < 0) ? line : line.substring(0, colon);
					String value = (colon < 0) ? "" : line.substring(colon + 1);
					if (value.startsWith(" ")) {
						value = value.substring(1);
					}
					switch (field) {
						case "id" -> id = value;
						case "event" -> name = value;
						case "data" -> {
							if (!data.isEmpty()) {
								data.append('\n');
							}
							data.append(value);
						}
						default -> {
						}
					}
				}
			}
		}
		catch (RuntimeException ex) {
			if (!this.closed) {
				this.events.add(new Event(null, "client.error", String.valueOf(ex), System.nanoTime()));
			}
		}
		this.events.add(new Event(null, "client.closed", "", System.nanoTime()));
	}

	/**
	 * Waits for the next event with a name, skipping others.
	 * @param name the event name
	 * @param timeout how long to wait
	 * @return the event
	 * @throws AssertionError if none arrives in time
	 */
	public Event next(String name, Duration timeout) {
		return next((event) -> event.name().equals(name), timeout, "an event named " + name);
	}

	/**
	 * Waits for the next event that matches, skipping others.
	 */
	public Event next(Predicate<Event> wanted, Duration timeout, String description) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<String> skipped = new ArrayList<>();
		while (true) {
			long left = deadline - System.nanoTime();
			Event event;
			try {
				event = (left > 0) ? this.events.poll(left, TimeUnit.NANOSECONDS) : null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			if (event == null) {
				throw new AssertionError("No " + description + " within " + timeout + "; skipped " + skipped);
			}
			if (wanted.test(event)) {
				return event;
			}
			skipped.add(event.name() + "#" + event.id());
		}
	}

	/**
	 * Takes every event that arrives within a time, without waiting any longer.
	 */
	public List<Event> drain(Duration within) {
		List<Event> all = new ArrayList<>();
		long deadline = System.nanoTime() + within.toNanos();
		try {
			while (true) {
				long left = deadline - System.nanoTime();
				Event event = (left > 0) ? this.events.poll(left, TimeUnit.NANOSECONDS) : null;
				if (event == null) {
					return all;
				}
				all.add(event);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return all;
		}
	}

	public List<String> comments() {
		return this.comments;
	}

	@Override
	public void close() {
		this.closed = true;
		Stream<String> stream = this.lines;
		if (stream != null) {
			stream.close();
		}
	}

	/**
	 * One server-sent event.
	 *
	 * @param id its id, {@code null} if it had none
	 * @param name its name
	 * @param data its data
	 * @param receivedAt {@link System#nanoTime()} when it arrived
	 */
	public record Event(String id, String name, String data, long receivedAt) {

		public JsonNode json() {
			return Api.parse(this.data);
		}

		public long longId() {
			return Long.parseLong(this.id);
		}

	}

}
