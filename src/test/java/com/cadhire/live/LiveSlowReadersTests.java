package com.cadhire.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

import com.cadhire.chat.ConversationManagement;
import com.cadhire.chat.MessageSending;
import com.cadhire.chat.SendMessage;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import com.cadhire.support.EventStream.Event;
import com.cadhire.support.EventStream;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that stop reading hold back nobody: 20 event streams on raw sockets with a tiny
 * receive buffer send their request and never read, while their users' conversations are
 * flooded with large messages until every one of them has filled its buffers. Meanwhile a
 * normal stream gets each new message within a second and a new stream gets its headers
 * within a second. After the write deadline the stalled streams are dropped and their
 * connections closed, and a dropped client that reconnects with its {@code Last-Event-ID}
 * gets exactly what it did not receive.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "cadhire.live.send-timeout=PT10S")
class LiveSlowReadersTests {

	private static final int STALLED_USERS = 5;

	private static final int STREAMS_PER_USER = 4;

	private static final int STALLED = STALLED_USERS * STREAMS_PER_USER;

	/**
	 * Per flooded conversation, at most: about 480 KB of events for each of its streams.
	 */
	private static final int MESSAGES = 60;

	private static final String BODY = "Gearbox housing, revision B: wall thickness, fillet radii and bearing seats. "
		.repeat(100);

	private static final Duration SECOND = Duration.ofSeconds(1);

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	ConversationManagement chat;

	@Autowired
	MessageSending sending;

	@Autowired
	LiveHub hub;

	@Autowired
	MeterRegistry meters;

	@Test
	void twentyStreamsThatNeverReadHoldBackNobodyAndAreClosedAfterTheirDeadline() throws Exception {
		Api anonymous = Api.anonymous(this.port);
		User flooder = anonymous.signUp("CLIENT", "Flood Client");
		List<User> stalledUsers = new ArrayList<>();
		List<UUID> flooded = new ArrayList<>();
		for (int i = 0; i < STALLED_USERS; i++) {
			User user = anonymous.signUp("EXPERT", "Stalled Expert " + i);
			stalledUsers.add(user);
			flooded.add(this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(flooder.id()),
					UserId.of(user.id()), "Flooded " + i));
		}
		User talker = anonymous.signUp("CLIENT", "Talk Client");
		User reader = anonymous.signUp("EXPERT", "Normal Reader");
		UUID talk = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(talker.id()), UserId.of(reader.id()),
				"Normal");
		User newcomer = anonymous.signUp("EXPERT", "New Comer");
		double droppedBefore = dropped();

		List<RawStream> raw = new ArrayList<>();
		ExecutorService flood = Executors.newSingleThreadExecutor();
		AtomicBoolean stop = new AtomicBoolean();
		AtomicIntegerArray posted = new AtomicIntegerArray(STALLED_USERS);
		try (EventStream normal = EventStream.open(reader.api())) {
			normal.next("ready", Duration.ofSeconds(10));
			// warm up the path measured below (not measured)
			for (int i = 0; i < 3; i++) {
				String warm = "warm-up " + i;
				talker.api().post("/api/v1/conversations/" + talk + "/messages", Map.of("body", warm)).expect(201);
				normal.next((e) -> e.name().equals("message.created") && warm.equals(e.json().get("body").asString()),
						Duration.ofSeconds(10), warm);
				EventStream.open(newcomer.api()).close();
			}
			for (User user : stalledUsers) {
				for (int i = 0; i < STREAMS_PER_USER; i++) {
					raw.add(RawStream.open(this.port, user));
				}
			}
			// counted per user: other tests' streams may open or close meanwhile
			await(() -> stalledUsers.stream().mapToInt((user) -> this.hub.openStreams(user.id())).sum() == STALLED,
					Duration.ofSeconds(10), "the raw streams to open");

			// one thread posts round the flooded conversations, so they all fill at once
			Future<?> flooding = flood.submit(() -> {
				for (int n = 1; n <= MESSAGES && !stop.get(); n++) {
					for (int c = 0; c < STALLED_USERS && !stop.get(); c++) {
						this.sending.send(SendMessage.text(flooded.get(c), flooder.id(), n + " " + BODY, null))
							.posted();
						posted.incrementAndGet(c);
					}
				}
			});

			List<Long> deliveries = new ArrayList<>();
			List<Long> connects = new ArrayList<>();
			List<Long> deliveriesAllStalled = new ArrayList<>();
			List<Long> connectsAllStalled = new ArrayList<>();
			long allStalledAt = 0;
			long giveUp = System.nanoTime() + Duration.ofSeconds(40).toNanos();
			// at least 3 samples while all 20 are stalled; up to 6 unless the first of
			// them
			// reach their deadline
			for (int sample = 1; deliveriesAllStalled.size() < 3
					|| (deliveriesAllStalled.size() < 6 && dropped() == droppedBefore); sample++) {
				if (flooding.isDone()) {
					flooding.get();
				}
				assertThat(System.nanoTime())
					.as("all 20 streams stalled in time (stalled now: %d, dropped: %s, posted: %s, samples: %d)",
							this.hub.stalledStreams(), dropped() - droppedBefore, posted, deliveries.size())
					.isLessThan(giveUp);
				boolean stalledBefore = this.hub.stalledStreams() == STALLED;
				if (stalledBefore && allStalledAt == 0) {
					allStalledAt = System.nanoTime();
				}
				String ping = "ping " + sample;
				long sent = System.nanoTime();
				talker.api().post("/api/v1/conversations/" + talk + "/messages", Map.of("body", ping)).expect(201);
				Event received = normal.next(
						(e) -> e.name().equals("message.created") && ping.equals(e.json().get("body").asString()),
						Duration.ofSeconds(30), ping);
				long delivery = received.receivedAt() - sent;
				long connectStarted = System.nanoTime();
				long connect;
				try (EventStream fresh = EventStream.open(newcomer.api())) {
					connect = System.nanoTime() - connectStarted;
					assertThat(fresh.status()).isEqualTo(200);
				}
				deliveries.add(delivery);
				connects.add(connect);
				System.out.printf("Slow readers: sample %d, stalled %d, delivery %d ms, headers %d ms, posted %s%n",
						sample, this.hub.stalledStreams(), millis(delivery), millis(connect), posted);
				if (stalledBefore && this.hub.stalledStreams() == STALLED) {
					deliveriesAllStalled.add(delivery);
					connectsAllStalled.add(connect);
				}
				Thread.sleep(100);
			}
			stop.set(true);
			flooding.get(30, TimeUnit.SECONDS);

			System.out.printf(
					"Slow readers: %d samples; with all %d stalled (%d): delivery max %d ms, median %d ms;"
							+ " new stream headers max %d ms, median %d ms; all samples: delivery max %d ms,"
							+ " headers max %d ms; messages posted per flooded conversation %s%n",
					deliveries.size(), STALLED, deliveriesAllStalled.size(), millis(max(deliveriesAllStalled)),
					millis(median(deliveriesAllStalled)), millis(max(connectsAllStalled)),
					millis(median(connectsAllStalled)), millis(max(deliveries)), millis(max(connects)), posted);
			assertThat(Duration.ofNanos(max(deliveries))).as("delivery to the normal stream").isLessThan(SECOND);
			assertThat(Duration.ofNanos(max(connects))).as("headers of a new stream").isLessThan(SECOND);

			// dropped after the deadline, and nothing else
			await(() -> dropped() - droppedBefore >= STALLED, DEADLINE.plusSeconds(5), "the stalled streams to drop");
			long droppedAfter = System.nanoTime() - allStalledAt;
			System.out.printf("Slow readers: all %d dropped %d ms after all were stalled (deadline %d ms)%n", STALLED,
					millis(droppedAfter), DEADLINE.toMillis());
			assertThat(dropped() - droppedBefore).isEqualTo(STALLED);
			await(() -> stalledUsers.stream().allMatch((user) -> this.hub.openStreams(user.id()) == 0), SECOND,
					"the stalled users' streams to be gone");
			assertThat(this.hub.openStreams(reader.id())).as("the normal stream").isEqualTo(1);

			// their connections are closed: what was sent can be read, then the end
			List<String> bodies = new ArrayList<>();
			for (RawStream stream : raw) {
				bodies.add(stream.readUntilClosed(Duration.ofSeconds(10)));
			}

			// the first stalled client reconnects with the id of the last event it got
			// whole, and gets exactly the rest
			User first = stalledUsers.get(0);
			List<Event> got = RawStream.events(bodies.get(0));
			assertThat(got.get(0).name()).isEqualTo("ready");
			String lastId = got.get(got.size() - 1).id();
			List<Long> seqs = new ArrayList<>(got.stream()
				.filter((e) -> e.name().equals("message.created"))
				.map((e) -> e.json().get("seq").asLong())
				.toList());
			int total = posted.get(0);
			assertThat(seqs.size()).as("messages the stalled client got before it was dropped").isLessThan(total);
			try (EventStream resumed = EventStream.resume(first.api(), lastId)) {
				while (seqs.size() < total) {
					JsonNode message = resumed.next("message.created", Duration.ofSeconds(10)).json();
					seqs.add(message.get("seq").asLong());
				}
				assertThat(resumed.drain(Duration.ofMillis(300))).extracting(Event::name)
					.doesNotContain("message.created", "resync");
			}
			assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
		}
		finally {
			stop.set(true);
			flood.shutdownNow();
			raw.forEach(RawStream::close);
		}
	}

	/**
	 * A fixed socket send buffer on the server: on the loopback interface Linux grows it
	 * to megabytes (its segments are 64 KB), which would take minutes of flooding to
	 * fill.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SmallSendBuffers {

		@Bean
		WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> smallSendBuffers() {
			return (factory) -> factory
				.addConnectorCustomizers((connector) -> connector.setProperty("socket.txBufSize", "16384"));
		}

	}

	private double dropped() {
		Counter counter = this.meters.find("cadhire.live.streams.dropped").tag("reason", "write-deadline").counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Waited " + timeout + " for " + what);
			}
			Thread.sleep(20);
		}
	}

	private static long max(List<Long> values) {
		return values.stream().mapToLong(Long::longValue).max().orElse(0);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
	}

	private static long millis(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(nanos);
	}

	/**
	 * An event stream on a raw socket whose client never reads until told to.
	 */
	static final class RawStream implements AutoCloseable {

		private final Socket socket;

		private RawStream(Socket socket) {
			this.socket = socket;
		}

		static RawStream open(int port, User user) throws IOException {
			Socket socket = new Socket();
			// set before connecting, so that the window it announces stays small
			socket.setReceiveBufferSize(1024);
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			String request = "GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1:" + port
					+ "\r\nAccept: text/event-stream\r\nAuthorization: " + user.api().authorization() + "\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			return new RawStream(socket);
		}

		/**
		 * Reads what the server sent until it closes the connection.
		 * @return the response body (chunked transfer coding removed)
		 * @throws AssertionError if the connection stays open
		 */
		String readUntilClosed(Duration timeout) throws IOException {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			long deadline = System.nanoTime() + timeout.toNanos();
			this.socket.setSoTimeout((int) timeout.toMillis());
			InputStream in = this.socket.getInputStream();
			byte[] buffer = new byte[16 * 1024];
			try {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					all.write(buffer, 0, n);
					if (System.nanoTime() > deadline) {
						throw new AssertionError("the connection is still open after " + timeout);
					}
				}
			}
			catch (SocketTimeoutException ex) {
				throw new AssertionError("the connection is still open after " + timeout, ex);
			}
			catch (SocketException ex) {
				// reset: closed as well
			}
			return dechunk(all.toByteArray());
		}

		private static String dechunk(byte[] response) {
			String head = new String(response, 0, Math.min(response.length, 12), StandardCharsets.US_ASCII);
			assertThat(head).isEqualTo("HTTP/1.1 200");
			int at = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0) + 4;
			String headers = new String(response, 0, at, StandardCharsets.US_ASCII).toLowerCase(java.util.Locale.ROOT);
			assertThat(headers).contains("content-type: text/event-stream", "transfer-encoding: chunked");
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			while (at < response.length) {
				int lineEnd = indexOf(response, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
				if (lineEnd < 0) {
					break;
				}
				String size = new String(response, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
				int length = Integer.parseInt(size, 16);
				if (length == 0) {
					break;
				}
				int start = lineEnd + 2;
				int available = Math.min(length, response.length - start);
				body.write(response, start, available);
				at = start + length + 2;
			}
			return body.toString(StandardCharsets.UTF_8);
		}

		private static int indexOf(byte[] data, byte[] pattern, int from) {
			outer: for (int i = from; i <= data.length - pattern.length; i++) {
				for (int j = 0; j < pattern.length; j++) {
					if (data[i + j] != pattern[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

		/**
		 * @return the events received whole (a cut-off last one is left out, as an
		 * {@code EventSource} would)
		 */
		static List<Event> events(String body) {
			List<Event> events = new ArrayList<>();
			String[] blocks = body.split("\n\n", -1);
			// the last block is what followed the last blank line: incomplete or empty
			for (int i = 0; i < blocks.length - 1; i++) {
				String id = null;
				String name = "message";
				StringBuilder data = new StringBuilder();
				boolean any = false;
				for (String line : blocks[i].split("\n")) {
					if (line.isEmpty() || line.startsWith(":")) {
						continue;
					}
					any = true;
					int colon = line.indexOf(':');
					String field = (colon < 0) ? line : line.substring(0, colon);
					String value = (colon < 0) ? "" : line.substring(colon + 1);
					switch (field) {
						case "id" -> id = value;
						case "event" -> name = value;
						case "data" -> data.append(data.isEmpty() ? "" : "\n").append(value);
						default -> {
						}
					}
				}
				if (any) {
					events.add(new Event(id, name, data.toString(), 0));
				}
			}
			return events;
		}

		@Override
		public void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		}

	}

}
