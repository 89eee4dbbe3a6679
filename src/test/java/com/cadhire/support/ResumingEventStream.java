package com.cadhire.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An event stream held on its own thread, the way a browser holds one: it connects again
 * (with {@code Last-Event-ID}, the last event it received) whenever the connection ends,
 * for tests that stop or kill the application under it. It records what it saw: the event
 * ids in order (and any gap between them), {@code message.created} per client message id,
 * {@code resync}s, connections and, behind the shipped load balancer, which node served
 * each connection ({@code X-Upstream}).
 */
public final class ResumingEventStream implements Runnable {

	/** The id of the {@code ready} event of the first connection (-1 before it). */
	public final AtomicLong firstId = new AtomicLong(-1);

	public final AtomicLong lastId = new AtomicLong(-1);

	/** How often each client message id arrived in a {@code message.created}. */
	public final Map<String, AtomicInteger> created = new ConcurrentHashMap<>();

	/** The ids of the logged events, in the order they arrived. */
	public final List<String> events = new CopyOnWriteArrayList<>();

	public final List<String> idGaps = new CopyOnWriteArrayList<>();

	/** The node that served each connection, in order. */
	public final List<String> upstreams = new CopyOnWriteArrayList<>();

	public final AtomicInteger resyncs = new AtomicInteger();

	public final AtomicInteger connections = new AtomicInteger();

	public final AtomicInteger resumedWithLastEventId = new AtomicInteger();

	/** When the second connection was made ({@link System#nanoTime()}), 0 before. */
	public final AtomicLong reconnectedAt = new AtomicLong();

	private final int port;

	private final String authorization;

	private final String clientIdPrefix;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(1))
		.build();

	private final Thread thread = new Thread(this, "resuming-event-stream");

	private volatile boolean running = true;

	private volatile @Nullable HttpResponse<Stream<String>> response;

	/**
	 * @param port where to connect
	 * @param authorization the {@code Authorization} header
	 * @param resumeFrom the event id to resume after on the first connection, or
	 * {@code null} to start from now
	 * @param clientIdPrefix only client message ids starting with this are counted
	 * ({@code ""} for all)
	 */
	public ResumingEventStream(int port, String authorization, @Nullable Long resumeFrom, String clientIdPrefix) {
		this.port = port;
		this.authorization = authorization;
		this.clientIdPrefix = clientIdPrefix;
		if (resumeFrom != null) {
			this.lastId.set(resumeFrom);
			this.firstId.set(resumeFrom);
		}
	}

	public void start() {
		this.thread.setDaemon(true);
		this.thread.start();
	}

	public void stop() throws InterruptedException {
		this.running = false;
		HttpResponse<Stream<String>> open = this.response;
		if (open != null) {
			open.body().close();
		}
		this.thread.interrupt();
		this.thread.join(10_000);
	}

	@Override
	public void run() {
		while (this.running) {
			try {
				HttpRequest.Builder request = HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/events"))
					.header("Accept", "text/event-stream")
					.header("Authorization", this.authorization);
				boolean resuming = this.lastId.get() >= 0;
				if (resuming) {
					request.header("Last-Event-ID", Long.toString(this.lastId.get()));
				}
				HttpResponse<Stream<String>> answer = this.http.send(request.build(),
						HttpResponse.BodyHandlers.ofLines());
				this.response = answer;
				if (answer.statusCode() == 200) {
					this.upstreams.add(answer.headers().firstValue("X-Upstream").orElse("?"));
					if (this.connections.incrementAndGet() == 2) {
						this.reconnectedAt.set(System.nanoTime());
					}
					if (resuming) {
						this.resumedWithLastEventId.incrementAndGet();
					}
					read(answer.body().iterator());
				}
				answer.body().close();
			}
			catch (IOException | UncheckedIOException ex) {
				// the application is down, was killed or went away: connect again
			}
			catch (InterruptedException ex) {
				return;
			}
			if (this.running) {
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}
	}

	private void read(Iterator<String> lines) {
		String id = null;
		String name = null;
		StringBuilder data = new StringBuilder();
		while (this.running && lines.hasNext()) {
			String line = lines.next();
			if (line.isEmpty()) {
				if (name != null) {
					dispatch(id, name, data.toString());
				}
				id = null;
				name = null;
				data.setLength(0);
			}
			else if (line.startsWith("id:")) {
				id = line.substring(3).strip();
			}
			else if (line.startsWith("event:")) {
				name = line.substring(6).strip();
			}
			else if (line.startsWith("data:")) {
				data.append(line.substring(5).strip());
			}
		}
	}

	private void dispatch(@Nullable String id, String name, String data) {
		switch (name) {
			case "ready" -> {
				long ready = Long.parseLong(id);
				this.firstId.compareAndSet(-1, ready);
				this.lastId.set(ready);
			}
			case "resync" -> this.resyncs.incrementAndGet();
			case "unread.changed", "typing" -> {
				// not logged: carries the newest id or none
			}
			default -> {
				if (id == null || id.isEmpty()) {
					return;
				}
				long eventId = Long.parseLong(id);
				long previous = this.lastId.getAndSet(eventId);
				if (eventId != previous + 1) {
					this.idGaps.add(previous + " -> " + eventId + " (" + name + ")");
				}
				this.events.add(id);
				if ("message.created".equals(name)) {
					JsonNode key = Api.parse(data).get("clientMessageId");
					if (key != null && !key.isNull() && key.asString().startsWith(this.clientIdPrefix)) {
						this.created.computeIfAbsent(key.asString(), (k) -> new AtomicInteger()).incrementAndGet();
					}
				}
			}
		}
	}

}
