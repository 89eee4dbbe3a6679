package com.cadhire.chat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import com.cadhire.support.Api;
import com.cadhire.support.Api.Response;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import com.cadhire.support.ResumingEventStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "A 2xx means stored", across {@code kill -9}: runs the built application (the Spring
 * Boot jar in {@code target/}) as a separate process, sends chat messages and terms
 * versions at a steady rate through the API while the other participant holds an event
 * stream, kills the process with SIGKILL {@value #KILLS} times and restarts it on the
 * same database. Then every acknowledged message must be stored exactly once under the
 * seq it was acknowledged with, seqs dense, the stream (resumed with
 * {@code Last-Event-ID} after every restart) must have delivered each stored message
 * exactly once with dense event ids and no {@code resync}, a replay from the first event
 * id must do the same, and every acknowledged terms version must be stored as
 * acknowledged.
 * <p>
 * Tagged {@code crash}: {@code .ci/run} runs it after the build, on a fresh H2 file
 * database (the embedded default URL, in a temporary working directory) and on the
 * PostgreSQL database named by {@code CADHIRE_CRASH_POSTGRES_URL}. Each run prints one
 * {@code CRASH} summary line.
 */
@Tag("crash")
class CrashRecoveryTests {

	static final int KILLS = 3;

	/** Messages per second from the client. */
	private static final int RATE = 40;

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	@TempDir
	Path dir;

	@Test
	void h2FileDatabaseKeepsEveryAcknowledgedWriteAcrossKills() throws Exception {
		Map<String, String> env = new HashMap<>();
		env.put("SPRING_DATASOURCE_URL", null);
		env.put("SPRING_DATASOURCE_USERNAME", null);
		env.put("SPRING_DATASOURCE_PASSWORD", null);
		run("h2", env);
	}

	@Test
	void postgresKeepsEveryAcknowledgedWriteAcrossKills() throws Exception {
		String url = System.getenv("CADHIRE_CRASH_POSTGRES_URL");
		assumeTrue(url != null && !url.isBlank(), "CADHIRE_CRASH_POSTGRES_URL names a fresh PostgreSQL database");
		Map<String, String> env = new HashMap<>();
		env.put("SPRING_DATASOURCE_URL", url);
		env.put("SPRING_DATASOURCE_USERNAME",
				Objects.requireNonNullElse(System.getenv("CADHIRE_CRASH_POSTGRES_USERNAME"), "postgres"));
		env.put("SPRING_DATASOURCE_PASSWORD",
				Objects.requireNonNullElse(System.getenv("CADHIRE_CRASH_POSTGRES_PASSWORD"), ""));
		run("postgres", env);
	}

	private void run(String database, Map<String, String> env) throws Exception {
		App app = new App(this.dir, env);
		app.start();
		Sender messages = null;
		TermsSender terms = null;
		ResumingEventStream stream = null;
		try {
			Api anonymous = Api.anonymous(app.port);
			User client = anonymous.signUp("CLIENT", "Crash Client");
			User expert = anonymous.signUp("EXPERT", "Crash Expert");
			String invite = Fixtures.invite(client, Fixtures.postJob(client), expert);
			JsonNode accepted = expert.api()
				.post("/api/v1/invites/" + invite + "/accept",
						Map.of("mode", "CHAT_FIRST", "coverLetter", "Happy to talk."))
				.expect(200)
				.json();
			String conversation = accepted.get("conversationId").asString();
			String application = accepted.get("applicationId").asString();

			ResumingEventStream held = new ResumingEventStream(app.port, expert.api().authorization(), null, "crash-");
			stream = held;
			stream.start();
			await(Duration.ofSeconds(20), () -> held.firstId.get() >= 0, "the event stream to open");
			long firstEventId = stream.firstId.get();

			messages = new Sender(client, conversation);
			terms = new TermsSender(expert, application);
			messages.start();
			terms.start();
			for (int kill = 0; kill < KILLS; kill++) {
				long acknowledged = messages.acknowledged.size();
				Thread.sleep(1500 + ThreadLocalRandom.current().nextLong(1500));
				// the load reached the server before each kill
				assertThat(messages.acknowledged.size()).isGreaterThan((int) acknowledged);
				app.kill();
				app.start();
			}
			Thread.sleep(1000);
			messages.stop();
			terms.stop();

			List<JsonNode> stored = storedMessages(client, conversation);
			Map<String, List<JsonNode>> storedByKey = byClientMessageId(stored);
			Sender sent = messages;
			await(Duration.ofSeconds(20), () -> held.created.keySet().containsAll(storedByKey.keySet()),
					"the stream to deliver every stored message");
			stream.stop();

			// stored: each acknowledged message once, under the seq it was acknowledged
			// with; seqs dense from 1
			List<String> lost = new ArrayList<>();
			for (Map.Entry<String, Long> ack : sent.acknowledged.entrySet()) {
				List<JsonNode> copies = storedByKey.getOrDefault(ack.getKey(), List.of());
				if (copies.size() != 1 || copies.get(0).get("seq").asLong() != ack.getValue()) {
					lost.add(ack.getKey() + " (acknowledged as seq " + ack.getValue() + ", stored " + copies.size()
							+ "x)");
				}
			}
			List<String> duplicated = storedByKey.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().size() > 1)
				.map(Map.Entry::getKey)
				.toList();
			List<Long> seqs = stored.stream().map((message) -> message.get("seq").asLong()).toList();

			// the held stream, resumed after every restart, and a replay from the start
			ResumingEventStream replay = new ResumingEventStream(app.port, expert.api().authorization(), firstEventId,
					"crash-");
			replay.start();
			long lastEventId = stream.lastId.get();
			await(Duration.ofSeconds(30), () -> replay.lastId.get() >= lastEventId,
					"the replay to reach event " + lastEventId);
			replay.stop();

			List<String> versionsLost = terms.lost(expert, application);
			long unacknowledgedStored = storedByKey.keySet()
				.stream()
				.filter((key) -> !sent.acknowledged.containsKey(key))
				.count();
			System.out.printf(
					"CRASH %s: %d kills, %d messages sent, %d acknowledged, %d lost, %d duplicated,"
							+ " %d stored without acknowledgement; %d terms versions acknowledged, %d lost;"
							+ " stream %d events (%d resumes), replay %d events%n",
					database, KILLS, sent.attempts.get(), sent.acknowledged.size(), lost.size(), duplicated.size(),
					unacknowledgedStored, terms.acknowledged.size(), versionsLost.size(), stream.events.size(),
					stream.connections.get() - 1, replay.events.size());

			assertThat(lost).as("acknowledged messages lost or moved").isEmpty();
			assertThat(duplicated).as("messages stored twice").isEmpty();
			assertThat(seqs).as("dense seqs").isNotEmpty();
			for (int i = 0; i < seqs.size(); i++) {
				assertThat(seqs.get(i)).as("seq at position %d", i).isEqualTo(i + 1L);
			}
			assertThat(versionsLost).as("acknowledged terms versions lost").isEmpty();
			assertThat(terms.acknowledged).as("terms versions acknowledged").isNotEmpty();
			for (ResumingEventStream events : List.of(stream, replay)) {
				assertThat(events.resyncs.get()).as("resync events").isZero();
				assertThat(events.idGaps).as("gaps or repeats in event ids").isEmpty();
				assertThat(events.created.keySet()).as("messages delivered")
					.containsExactlyInAnyOrderElementsOf(storedByKey.keySet());
				assertThat(events.created.entrySet()
					.stream()
					.filter((entry) -> entry.getValue().get() != 1)
					.map(Map.Entry::getKey)
					.toList()).as("messages delivered more than once").isEmpty();
			}
		}
		finally {
			if (messages != null) {
				messages.stop();
			}
			if (terms != null) {
				terms.stop();
			}
			if (stream != null) {
				stream.stop();
			}
			app.stop();
		}
	}

	private static List<JsonNode> storedMessages(User user, String conversation) {
		List<JsonNode> all = new ArrayList<>();
		long after = 0;
		while (true) {
			JsonNode page = user.api()
				.get("/api/v1/conversations/" + conversation + "/messages?limit=100&after=" + after)
				.expect(200)
				.json();
			List<JsonNode> items = new ArrayList<>();
			page.get("items").forEach(items::add);
			all.addAll(items);
			if (items.size() < 100) {
				return all;
			}
			after = items.get(items.size() - 1).get("seq").asLong();
		}
	}

	private static Map<String, List<JsonNode>> byClientMessageId(List<JsonNode> messages) {
		Map<String, List<JsonNode>> byKey = new LinkedHashMap<>();
		for (JsonNode message : messages) {
			JsonNode key = message.get("clientMessageId");
			if (key != null && !key.isNull() && key.asString().startsWith("crash-")) {
				byKey.computeIfAbsent(key.asString(), (k) -> new ArrayList<>()).add(message);
			}
		}
		return byKey;
	}

	private static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + timeout + " waiting for " + what);
			}
			Thread.sleep(100);
		}
	}

	/**
	 * The application as a separate JVM, from the jar {@code ./mvnw package} builds;
	 * killed with SIGKILL and started again on the same database and port.
	 */
	static final class App {

		final int port;

		private final Path dir;

		private final Map<String, String> env;

		private final Path jar;

		private Process process;

		private int starts;

		App(Path dir, Map<String, String> env) throws IOException {
			this.dir = dir;
			this.env = env;
			this.jar = jar();
			try (ServerSocket socket = new ServerSocket(0)) {
				this.port = socket.getLocalPort();
			}
		}

		private static Path jar() throws IOException {
			Path target = Path.of("target");
			try (Stream<Path> files = Files.list(target)) {
				return files.filter((file) -> file.getFileName().toString().matches("cadhire-.*\\.jar"))
					.filter((file) -> !file.getFileName().toString().endsWith("-plain.jar"))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no application jar in target/: run ./mvnw package first"));
			}
		}

		void start() throws Exception {
			Path log = this.dir.resolve("app-" + (++this.starts) + ".log");
			ProcessBuilder builder = new ProcessBuilder(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
					"-XX:TieredStopAtLevel=1", "-jar", this.jar.toAbsolutePath().toString(),
					"--server.port=" + this.port, "--server.address=127.0.0.1", "--cadhire.demo-data.enabled=false",
					"--cadhire.notifications.dev-mailbox=false", "--management.server.port=0",
					"--logging.level.root=warn")
				.directory(this.dir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			this.env.forEach((name, value) -> {
				if (value == null) {
					builder.environment().remove(name);
				}
				else {
					builder.environment().put(name, value);
				}
			});
			this.process = builder.start();
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
			long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new AssertionError(
							"the application exited with " + this.process.exitValue() + ":\n" + Files.readString(log));
				}
				try {
					HttpResponse<String> health = http
						.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/readyz"))
							.timeout(Duration.ofSeconds(2))
							.build(), HttpResponse.BodyHandlers.ofString());
					if (health.statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(200);
			}
			throw new AssertionError(
					"the application did not start within " + START_TIMEOUT + ":\n" + Files.readString(log));
		}

		/** SIGKILL: no shutdown hooks, no flushing. */
		void kill() throws InterruptedException {
			this.process.destroyForcibly();
			assertThat(this.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
		}

		void stop() throws InterruptedException {
			if (this.process != null && this.process.isAlive()) {
				this.process.destroy();
				if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
		}

	}

	/**
	 * Sends one message every 1/{@value #RATE} s, each with its own
	 * {@code clientMessageId}; failures (the server is down) are not retried.
	 */
	static final class Sender implements Runnable {

		final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

		final AtomicInteger attempts = new AtomicInteger();

		private final User client;

		private final String conversation;

		private final Thread thread = new Thread(this, "crash-sender");

		private volatile boolean running = true;

		Sender(User client, String conversation) {
			this.client = client;
			this.conversation = conversation;
		}

		void start() {
			this.thread.setDaemon(true);
			this.thread.start();
		}

		void stop() throws InterruptedException {
			this.running = false;
			this.thread.join(40_000);
		}

		@Override
		public void run() {
			long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
			long next = System.nanoTime();
			for (int n = 1; this.running; n++) {
				String key = "crash-" + n;
				this.attempts.incrementAndGet();
				try {
					Response sent = this.client.api()
						.post("/api/v1/conversations/" + this.conversation + "/messages",
								Map.of("body", "Revision " + n + " of the bracket drawing", "clientMessageId", key));
					if (sent.status() / 100 == 2) {
						this.acknowledged.put(key, sent.json().get("seq").asLong());
					}
				}
				catch (RuntimeException ex) {
					// the application is down: not acknowledged
				}
				next += interval;
				long wait = next - System.nanoTime();
				if (wait > 0) {
					sleep(wait);
				}
				else {
					next = System.nanoTime();
				}
			}
		}

		private static void sleep(long nanos) {
			try {
				TimeUnit.NANOSECONDS.sleep(nanos);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	/**
	 * The expert proposes a new terms version every 200 ms, each with its own notes;
	 * after a failure it reads the current version again.
	 */
	static final class TermsSender implements Runnable {

		final Map<Long, String> acknowledged = new ConcurrentHashMap<>();

		private final User expert;

		private final String application;

		private final Thread thread = new Thread(this, "crash-terms");

		private volatile boolean running = true;

		TermsSender(User expert, String application) {
			this.expert = expert;
			this.application = application;
		}

		void start() {
			this.thread.setDaemon(true);
			this.thread.start();
		}

		void stop() throws InterruptedException {
			this.running = false;
			this.thread.join(40_000);
		}

		@Override
		public void run() {
			long version = -1;
			for (int n = 1; this.running; n++) {
				try {
					if (version < 0) {
						version = this.expert.api()
							.get("/api/v1/applications/" + this.application)
							.expect(200)
							.json()
							.get("termsVersion")
							.asLong();
					}
					Map<String, Object> proposal = Fixtures.hourly("50.00", 20);
					proposal.put("notes", "crash terms " + n);
					Response created = this.expert.api()
						.post("/api/v1/applications/" + this.application + "/terms",
								Map.of("basedOnVersion", version, "terms", proposal));
					if (created.status() == 201) {
						version = created.json().get("version").asLong();
						this.acknowledged.put(version, "crash terms " + n);
					}
					else {
						version = -1;
					}
				}
				catch (RuntimeException ex) {
					version = -1;
				}
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		/**
		 * @return the acknowledged versions not stored as acknowledged
		 */
		List<String> lost(User user, String application) {
			Map<Long, String> stored = new HashMap<>();
			for (JsonNode version : user.api()
				.get("/api/v1/applications/" + application)
				.expect(200)
				.json()
				.get("termsHistory")) {
				JsonNode notes = version.get("notes");
				stored.put(version.get("version").asLong(), (notes != null) ? notes.asString() : "");
			}
			return this.acknowledged.entrySet()
				.stream()
				.filter((ack) -> !ack.getValue().equals(stored.get(ack.getKey())))
				.map((ack) -> "version " + ack.getKey() + " (" + ack.getValue() + "), stored: "
						+ stored.get(ack.getKey()))
				.toList();
		}

	}

}
