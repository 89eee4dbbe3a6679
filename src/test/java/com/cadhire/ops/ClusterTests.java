package com.cadhire.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import com.cadhire.support.ResumingEventStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes behind the shipped balancer configuration ({@code deploy/nginx.conf}, with
 * only its upstream servers, listen address and log paths changed): two JVMs from the
 * built jar on one PostgreSQL database behind Debian's nginx. The funnel walked through
 * the balancer is served by both nodes; a message posted through one node reaches an
 * event stream held on the other; and when the node holding a stream stops while messages
 * keep coming, the stream reconnects through nginx with {@code Last-Event-ID} to the
 * other node and receives every acknowledged message exactly once, ids dense, no
 * {@code resync}.
 * <p>
 * Tagged {@code cluster}: {@code .ci/run} runs it after the build, with nginx installed
 * and {@code CADHIRE_CLUSTER_POSTGRES_URL} naming a fresh database. Prints one
 * {@code CLUSTER} summary line.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

	private static final Pattern UPSTREAM_BLOCK = Pattern.compile("(?s)(upstream cadhire \\{\\n)(.*?)(\\n\\s*\\})");

	private static final Pattern UPSTREAM_SERVER = Pattern
		.compile("(?m)^([ \\t]*)server\\s+\\S+:\\d+([^;\\n]*);[ \\t]*\\n?");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private Path dir;

	private final List<Node> nodes = new ArrayList<>();

	private Process nginx;

	private int balancerPort;

	private Api balancer;

	private Path accessLog;

	private final Map<String, String> summary = new java.util.LinkedHashMap<>();

	@BeforeAll
	void startTwoNodesBehindNginx() throws Exception {
		String url = System.getenv("CADHIRE_CLUSTER_POSTGRES_URL");
		assumeTrue(url != null && !url.isBlank(), "CADHIRE_CLUSTER_POSTGRES_URL names a fresh PostgreSQL database");
		Path nginxBinary = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new AssertionError("nginx is not installed (apt-get install nginx)"));
		// the nodes' and nginx's logs stay in target/ for a look after a failure
		Files.createDirectories(Path.of("target"));
		this.dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cluster-");
		Map<String, String> env = new HashMap<>();
		env.put("SPRING_DATASOURCE_URL", url);
		env.put("SPRING_DATASOURCE_USERNAME",
				Objects.requireNonNullElse(System.getenv("CADHIRE_CLUSTER_POSTGRES_USERNAME"), "postgres"));
		env.put("SPRING_DATASOURCE_PASSWORD",
				Objects.requireNonNullElse(System.getenv("CADHIRE_CLUSTER_POSTGRES_PASSWORD"), ""));
		// the first node migrates the empty database; the second starts once it is ready
		Node first = new Node("a", this.dir, env);
		this.nodes.add(first);
		first.launch();
		first.awaitReady();
		Node second = new Node("b", this.dir, env);
		this.nodes.add(second);
		second.launch();
		second.awaitReady();

		this.balancerPort = freePort();
		this.accessLog = this.dir.resolve("access.log");
		String shipped = Files.readString(Path.of("deploy", "nginx.conf"));
		Path conf = this.dir.resolve("nginx.conf");
		Files.writeString(conf, configure(shipped));
		this.nginx = new ProcessBuilder(nginxBinary.toString(), "-p", this.dir.toString(), "-c", conf.toString(), "-g",
				"daemon off; pid " + this.dir.resolve("nginx.pid") + "; error_log " + this.dir.resolve("error.log")
						+ " warn;")
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("nginx.out").toFile())
			.start();
		await(Duration.ofSeconds(10), () -> listening(this.balancerPort), "nginx to listen");
		this.balancer = Api.at("http://127.0.0.1:" + this.balancerPort);
	}

	private String configure(String shipped) {
		Matcher block = UPSTREAM_BLOCK.matcher(shipped);
		assertThat(block.find()).as("the upstream block of deploy/nginx.conf").isTrue();
		Matcher server = UPSTREAM_SERVER.matcher(block.group(2));
		assertThat(server.find()).as("an upstream server line in deploy/nginx.conf").isTrue();
		StringBuilder servers = new StringBuilder();
		for (Node node : this.nodes) {
			servers.append(server.group(1))
				.append("server 127.0.0.1:")
				.append(node.port)
				.append(server.group(2))
				.append(";\n");
		}
		String upstream = block.group(1) + servers + UPSTREAM_SERVER.matcher(block.group(2)).replaceAll("")
				+ block.group(3);
		String conf = shipped.substring(0, block.start()) + upstream + shipped.substring(block.end());
		assertThat(conf).contains("listen 80;", "access_log /var/log/nginx/cadhire-access.log cadhire;");
		return conf.replace("listen 80;", "listen 127.0.0.1:" + this.balancerPort + ";")
			.replace("access_log /var/log/nginx/cadhire-access.log cadhire;",
					"access_log " + this.accessLog + " cadhire;");
	}

	@AfterAll
	void stopEverything() throws Exception {
		if (!this.summary.isEmpty()) {
			System.out.println("CLUSTER " + String.join(", ", this.summary.values()));
		}
		if (this.nginx != null) {
			this.nginx.destroy();
			this.nginx.waitFor(10, TimeUnit.SECONDS);
		}
		for (Node node : this.nodes) {
			node.stop();
		}
	}

	@Test
	@Order(1)
	void theFunnelThroughTheBalancerIsServedByBothNodes() throws Exception {
		User client = this.balancer.signUp("CLIENT", "Cluster Client");
		User expert = this.balancer.signUp("EXPERT", "Cluster Expert");
		String jobId = Fixtures.postJob(client);
		String inviteId = Fixtures.invite(client, jobId, expert);
		String applicationId = expert.api()
			.post("/api/v1/invites/" + inviteId + "/accept",
					Map.of("mode", "NEGOTIATE", "terms", Fixtures.hourly("55.00", 20), "coverLetter", "My rate."))
			.expect(200)
			.text("applicationId");
		String conversationId = client.api()
			.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "Let's talk."))
			.expect(200)
			.text("conversationId");
		expert.api()
			.post("/api/v1/conversations/" + conversationId + "/messages", Map.of("body", "Sounds good."))
			.expect(201);
		String offerId = client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("basedOnVersion", 2, "message", "Deal."))
			.expect(201)
			.text("id");
		String contractId = expert.api()
			.post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 1))
			.expect(201)
			.text("contractId");
		for (int i = 0; i < 4; i++) {
			JsonNode funnel = expert.api().get("/api/v1/me/job-applications").expect(200).json();
			assertThat(funnel.at("/archive/items/0/status").asString()).isEqualTo("HIRED");
			assertThat(client.api().get("/api/v1/contracts").expect(200).json().at("/items/0/id").asString())
				.isEqualTo(contractId);
		}

		// the request id: the caller's, or nginx's own, seen by the node and in the
		// balancer's log
		HttpResponse<String> named = HTTP.send(HttpRequest.newBuilder(URI.create(this.balancer.base() + "/readyz"))
			.header("X-Request-Id", "cluster-check-1")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(named.headers().firstValue("X-Request-Id")).hasValue("cluster-check-1");
		HttpResponse<String> unnamed = HTTP.send(
				HttpRequest.newBuilder(URI.create(this.balancer.base() + "/api/v1/jobs/none")).build(),
				HttpResponse.BodyHandlers.ofString());
		String made = unnamed.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(made).as("nginx's $request_id").matches("[0-9a-f]{32}");
		assertThat(Api.parse(unnamed.body()).get("requestId").asString()).isEqualTo(made);
		await(Duration.ofSeconds(5), () -> accessLogContains("request_id=" + made), "the request id in the access log");
		assertThat(accessLogContains("request_id=cluster-check-1")).isTrue();

		Map<String, Integer> served = servedPerNode();
		this.summary.put("funnel", "funnel requests per node " + served);
		for (Node node : this.nodes) {
			assertThat(served.getOrDefault("127.0.0.1:" + node.port, 0)).as("requests served by node %s", node.name)
				.isGreaterThanOrEqualTo(5);
		}
	}

	@Test
	@Order(2)
	void aMessagePostedThroughOneNodeReachesAStreamHeldOnTheOther() throws Exception {
		Conversation talk = conversation("Relay");
		ResumingEventStream held = new ResumingEventStream(this.balancerPort, talk.expert().api().authorization(), null,
				"");
		held.start();
		await(Duration.ofSeconds(20), () -> held.firstId.get() >= 0, "the event stream to open");
		String streamNode = held.upstreams.get(0);

		int crossed = 0;
		for (int n = 1; n <= 8 && crossed < 2; n++) {
			String key = "relay-" + n;
			Posted posted = post(talk, key);
			assertThat(posted.status()).isEqualTo(201);
			await(Duration.ofSeconds(5), () -> held.created.containsKey(key),
					"message " + key + " (posted on " + posted.upstream() + ") on the stream held on " + streamNode);
			if (!posted.upstream().equals(streamNode)) {
				crossed++;
			}
		}
		held.stop();
		this.summary.put("relay", "stream on " + streamNode + " got " + crossed + " messages posted on the other node");
		assertThat(crossed).as("messages posted through the other node").isEqualTo(2);
		assertThat(held.idGaps).isEmpty();
	}

	@Test
	@Order(3)
	void stoppingANodeLosesNothingItsStreamsCatchUpThroughTheBalancer() throws Exception {
		Conversation talk = conversation("Failover");
		String authorization = talk.expert().api().authorization();
		// streams through nginx until one is held on each node
		List<ResumingEventStream> streams = new ArrayList<>();
		for (int i = 0; i < 6 && streams.stream().map((s) -> s.upstreams.get(0)).distinct().count() < 2; i++) {
			ResumingEventStream stream = new ResumingEventStream(this.balancerPort, authorization, null, "");
			stream.start();
			await(Duration.ofSeconds(20), () -> stream.firstId.get() >= 0, "an event stream to open");
			streams.add(stream);
		}
		Node stopped = this.nodes.get(0);
		String stoppedAddress = "127.0.0.1:" + stopped.port;
		List<ResumingEventStream> onStopped = streams.stream()
			.filter((s) -> s.upstreams.get(0).equals(stoppedAddress))
			.toList();
		assertThat(onStopped).as("streams held on the node to stop").isNotEmpty();

		Sender sender = new Sender(talk);
		sender.start();
		await(Duration.ofSeconds(10), () -> sender.acknowledged.size() >= 10, "messages before the stop");
		stopped.stop();
		long stoppedAt = System.nanoTime();
		await(Duration.ofSeconds(20), () -> onStopped.stream().allMatch((s) -> s.connections.get() >= 2),
				"the streams of the stopped node to reconnect");
		int atStop = sender.acknowledged.size();
		await(Duration.ofSeconds(20), () -> sender.acknowledged.size() >= atStop + 20, "messages after the stop");
		sender.stop();
		await(Duration.ofSeconds(20),
				() -> streams.stream().allMatch((s) -> s.created.keySet().containsAll(sender.acknowledged)),
				"every stream to deliver every acknowledged message");
		for (ResumingEventStream stream : streams) {
			stream.stop();
		}

		this.summary.put("failover", String.format(
				"stopped %s holding %d of %d streams; %d messages sent, %d acknowledged, reconnected in %d ms,"
						+ " resumes %s",
				stopped.name, onStopped.size(), streams.size(), sender.attempts.get(), sender.acknowledged.size(),
				onStopped.stream().mapToLong((s) -> s.reconnectedAt.get() - stoppedAt).max().orElse(-1) / 1_000_000,
				streams.stream().map((s) -> s.upstreams.toString()).toList()));
		for (ResumingEventStream stream : streams) {
			assertThat(stream.resyncs.get()).as("resync events").isZero();
			assertThat(stream.idGaps).as("gaps or repeats in event ids").isEmpty();
			assertThat(stream.created.keySet()).as("messages delivered").containsAll(sender.acknowledged);
			assertThat(stream.created.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().get() != 1)
				.map(Map.Entry::getKey)
				.toList()).as("messages delivered more than once").isEmpty();
		}
		for (ResumingEventStream stream : onStopped) {
			assertThat(stream.upstreams).as("where the stream was served").hasSizeGreaterThanOrEqualTo(2);
			assertThat(stream.upstreams.subList(1, stream.upstreams.size())).as("reconnected to the other node")
				.doesNotContain(stoppedAddress);
			assertThat(stream.resumedWithLastEventId.get()).as("reconnects with Last-Event-ID").isPositive();
		}
	}

	private Conversation conversation(String name) {
		User client = this.balancer.signUp("CLIENT", name + " Client");
		User expert = this.balancer.signUp("EXPERT", name + " Expert");
		String invite = Fixtures.invite(client, Fixtures.postJob(client), expert);
		String conversationId = expert.api()
			.post("/api/v1/invites/" + invite + "/accept",
					Map.of("mode", "CHAT_FIRST", "coverLetter", "Happy to talk."))
			.expect(200)
			.text("conversationId");
		return new Conversation(client, expert, conversationId);
	}

	private static Posted post(Conversation talk, String key) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest
			.newBuilder(URI
				.create(talk.client().api().base() + "/api/v1/conversations/" + talk.conversationId() + "/messages"))
			.header("Authorization", talk.client().api().authorization())
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"body\":\"Revision " + key + " of the bracket\",\"clientMessageId\":\"" + key + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Posted(response.statusCode(), response.headers().firstValue("X-Upstream").orElse(""));
	}

	private boolean accessLogContains(String text) {
		try {
			return Files.readString(this.accessLog).contains(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, Integer> servedPerNode() throws IOException {
		Map<String, Integer> served = new java.util.TreeMap<>();
		Pattern upstream = Pattern.compile(" upstream=(\\S+) ");
		for (String line : Files.readAllLines(this.accessLog)) {
			Matcher matcher = upstream.matcher(line);
			if (line.contains("/api/v1/") && matcher.find()) {
				served.merge(matcher.group(1), 1, Integer::sum);
			}
		}
		return served;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + timeout + " waiting for " + what);
			}
			Thread.sleep(50);
		}
	}

	record Conversation(User client, User expert, String conversationId) {
	}

	record Posted(int status, String upstream) {
	}

	/**
	 * A node: the built jar as its own JVM on a free port, its management server on
	 * another free loopback port (the public probes need it).
	 */
	static final class Node {

		final String name;

		final int port;

		private final Path log;

		private final Map<String, String> env;

		private Process process;

		Node(String name, Path dir, Map<String, String> env) throws IOException {
			this.name = name;
			this.env = env;
			this.port = freePort();
			this.log = dir.resolve("node-" + name + ".log");
		}

		void launch() throws IOException {
			Path jar;
			try (Stream<Path> files = Files.list(Path.of("target"))) {
				jar = files.filter((file) -> file.getFileName().toString().matches("cadhire-.*\\.jar"))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no application jar in target/: run ./mvnw package first"));
			}
			ProcessBuilder builder = new ProcessBuilder(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx320m",
					"-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + this.port,
					"--server.address=127.0.0.1", "--management.server.port=" + freePort(),
					"--cadhire.demo-data.enabled=false", "--cadhire.notifications.dev-mailbox=false",
					"--spring.datasource.hikari.maximum-pool-size=8", "--logging.level.root=warn")
				.redirectErrorStream(true)
				.redirectOutput(this.log.toFile());
			builder.environment().putAll(this.env);
			this.process = builder.start();
		}

		void awaitReady() throws Exception {
			long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new AssertionError("node " + this.name + " exited with " + this.process.exitValue() + ":\n"
							+ Files.readString(this.log));
				}
				try {
					HttpResponse<Void> ready = HTTP
						.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/readyz"))
							.timeout(Duration.ofSeconds(2))
							.build(), HttpResponse.BodyHandlers.discarding());
					if (ready.statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(250);
			}
			throw new AssertionError("node " + this.name + " did not start within " + START_TIMEOUT + ":\n"
					+ Files.readString(this.log));
		}

		/** SIGTERM: a graceful stop, as a rolling deployment does. */
		void stop() throws InterruptedException {
			if (this.process != null && this.process.isAlive()) {
				this.process.destroy();
				if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
		}

	}

	/**
	 * Sends chat messages through the balancer at a steady rate; a 2xx is acknowledged.
	 */
	static final class Sender implements Runnable {

		final List<String> acknowledged = new CopyOnWriteArrayList<>();

		final AtomicInteger attempts = new AtomicInteger();

		private final Conversation talk;

		private final Thread thread = new Thread(this, "cluster-sender");

		private volatile boolean running = true;

		Sender(Conversation talk) {
			this.talk = talk;
		}

		void start() {
			this.thread.setDaemon(true);
			this.thread.start();
		}

		void stop() throws InterruptedException {
			this.running = false;
			this.thread.join(30_000);
		}

		@Override
		public void run() {
			for (int n = 1; this.running; n++) {
				String key = "failover-" + n;
				this.attempts.incrementAndGet();
				try {
					if (post(this.talk, key).status() / 100 == 2) {
						this.acknowledged.add(key);
					}
				}
				catch (IOException | RuntimeException ex) {
					// not acknowledged
				}
				catch (InterruptedException ex) {
					return;
				}
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

	}

}
