import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat load against a running CadHire: R conversations of two participants, each
 * participant holding an event stream; closed-loop senders to find the ceiling and
 * open-loop fixed rates for the send-to-deliver latency. Every message is expected on
 * both participants' streams exactly once: lost and duplicated deliveries are counted
 * (missing 3 s after their step; at the end of the run the tool says how many of those
 * arrived late and names the messages).
 * In the same invocation it runs pgbench with the minimal transaction of a chat message
 * (BEGIN; INSERT; pg_notify; COMMIT) against the same PostgreSQL database and prints the
 * ratio.
 * <p>
 * A single-file program for JDK 21 or later (virtual threads):
 * {@code java bench/ChatLoad.java --base http://127.0.0.1:8080 --pg "-h 127.0.0.1 -U postgres dbname"}.
 * Options: {@code --conversations 100 --closed 8,16,32 --open 50,100 --seconds 15
 * --server-pid <pid>}; {@code --backlog N} (needs {@code --pg}) gives each participant N
 * unread messages before the streams open: 2N older messages per conversation, written
 * with SQL (alternating senders, an hour old), the conversation's last seq and both
 * unread counters moved to match, as N sends nobody read would leave them;
 * {@code --half true} adds an open-loop step at half the highest
 * closed-loop rate; {@code --metrics http://127.0.0.1:8081} samples the server's
 * connection pool (Hikari's pending threads every 50 ms, and the mean and max time to
 * acquire a connection) during each step; {@code --h2-jar <h2.jar>} runs the JDBC baseline
 * of an embedded H2 file database (insert and commit, 8 threads, the same settings as the
 * application's embedded default) in this JVM instead of pgbench; {@code --warmup S}
 * first runs S seconds of closed-loop sends (the first sender count) that are not
 * reported, so that the server's JIT compiler has finished with the send and delivery
 * paths before the steps measure their CPU.
 */
public class ChatLoad {

	static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	static final Pattern CLIENT_ID = Pattern.compile("\"clientMessageId\":\"(b[0-9]+)\"");

	static final Pattern FIELD = Pattern.compile("\"(id|token|conversationId)\":\"([^\"]+)\"");

	static String base;

	/** Send start (nanoTime) by message number. */
	static final Map<Long, Long> sentAt = new ConcurrentHashMap<>();

	/** Messages with fewer than two deliveries 3 s after their step, by step. */
	static final Map<String, List<Long>> missing = new java.util.LinkedHashMap<>();

	/**
	 * Deliveries seen by message number (2 expected: both participants), over the whole
	 * run: a late one still counts.
	 */
	static final Map<Long, AtomicInteger> delivered = new ConcurrentHashMap<>();

	static final List<long[]> latencies = java.util.Collections.synchronizedList(new ArrayList<>());

	static final AtomicLong numbers = new AtomicLong();

	record Pair(String conversation, String clientToken, String expertToken) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		base = options.getOrDefault("base", "http://127.0.0.1:8080");
		int conversations = Integer.parseInt(options.getOrDefault("conversations", "100"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "15"));
		List<Integer> closed = ints(options.getOrDefault("closed", "8,16,32"));
		List<Integer> open = ints(options.getOrDefault("open", "50,100"));
		String pg = options.get("pg");
		String serverPid = options.get("server-pid");
		int backlog = Integer.parseInt(options.getOrDefault("backlog", "0"));
		metrics = options.get("metrics");
		boolean half = Boolean.parseBoolean(options.getOrDefault("half", "false"));
		String h2Jar = options.get("h2-jar");
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "0"));

		System.out.printf("# ChatLoad %s, %d conversations, %d s per step, load average %s%n", base, conversations,
				seconds, loadAverage());
		List<Pair> pairs = setUp(conversations);
		if (backlog > 0) {
			if (pg == null) {
				throw new IllegalArgumentException("--backlog needs --pg");
			}
			long started = System.nanoTime();
			backlog(pg, pairs, backlog);
			System.out.printf("# backlog: %d unread messages per participant (%d messages) written in %.1f s%n",
					backlog, 2L * backlog * pairs.size(), (System.nanoTime() - started) / 1e9);
		}
		AtomicBoolean running = new AtomicBoolean(true);
		CountDownLatch ready = new CountDownLatch(pairs.size() * 2);
		for (Pair pair : pairs) {
			Thread.ofVirtual().start(() -> stream(pair.clientToken(), ready, running));
			Thread.ofVirtual().start(() -> stream(pair.expertToken(), ready, running));
		}
		ready.await();
		System.out.printf("# %d event streams open%n", pairs.size() * 2);

		if (warmup > 0) {
			// the server's JIT compiles the send and delivery paths here, not in the steps
			long started = System.nanoTime();
			int sends = closedLoop(pairs, closed.get(0), warmup).size();
			Thread.sleep(5000);
			System.out.printf("# warm-up: %d sends (closed %d) in %.0f s, then 5 s idle%n", sends, closed.get(0),
					(System.nanoTime() - started) / 1e9 - 5);
		}
		Double baseline = (pg != null) ? pgbench(pg, seconds) : null;
		if (baseline != null) {
			System.out.printf("baseline pgbench INSERT+NOTIFY (8 clients): %.0f commits/s%n", baseline);
		}
		if (h2Jar != null) {
			baseline = h2Baseline(h2Jar, seconds);
			System.out.printf("baseline H2 JDBC INSERT+COMMIT (8 threads, file, WRITE_DELAY=0): %.0f commits/s%n",
					baseline);
		}
		System.out.println(
				"| step | sends/s | ratio to baseline | POST p50/p99 ms | deliver p50/p95/p99/max ms | lost | dup | client CPU % | server CPU % | postgres CPU % | pool pending max | acquire mean/max ms | CPU ms per send: server / postgres |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		double ceiling = 0;
		for (int senders : closed) {
			ceiling = Math.max(ceiling, step("closed " + senders, pairs, seconds, baseline, serverPid,
					() -> closedLoop(pairs, senders, seconds)));
		}
		if (half && ceiling > 0) {
			int rate = (int) Math.round(ceiling / 2);
			step("open " + rate + "/s (half the ceiling)", pairs, seconds, baseline, serverPid,
					() -> openLoop(pairs, rate, seconds));
		}
		for (int rate : open) {
			step("open " + rate + "/s", pairs, seconds, baseline, serverPid, () -> openLoop(pairs, rate, seconds));
		}
		if (!missing.isEmpty()) {
			// a delivery that was only late arrives in a later step; a lost one never does
			Thread.sleep(5000);
			missing.forEach((step, numbers) -> {
				long still = numbers.stream()
					.mapToLong((number) -> Math.max(0, 2 - delivered.getOrDefault(number, new AtomicInteger()).get()))
					.sum();
				System.out.printf("# %s: of the deliveries missing 3 s after the step, %d still missing at the end"
						+ " (messages %s)%n", step, still, numbers.subList(0, Math.min(20, numbers.size())));
			});
		}
		running.set(false);
		System.exit(0);
	}

	interface Load {

		List<Long> run() throws Exception;

	}

	static String metrics;

	static double step(String name, List<Pair> pairs, int seconds, Double baseline, String serverPid, Load load)
			throws Exception {
		double[] acquire0 = (metrics != null) ? metric("hikaricp.connections.acquire") : null;
		AtomicLong pendingMax = new AtomicLong();
		AtomicBoolean sampling = new AtomicBoolean(metrics != null);
		Thread sampler = Thread.ofVirtual().start(() -> {
			while (sampling.get()) {
				double[] pending = metric("hikaricp.connections.pending");
				if (pending != null) {
					pendingMax.accumulateAndGet((long) pending[0], Math::max);
				}
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sentAt.clear();
		latencies.clear();
		long clientCpu0 = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
			.getProcessCpuTime();
		long server0 = (serverPid != null) ? cpuTicks(serverPid) : 0;
		long pg0 = postgresTicks();
		long t0 = System.nanoTime();
		List<Long> postNanos = load.run();
		double elapsed = (System.nanoTime() - t0) / 1e9;
		sampling.set(false);
		sampler.join();
		double[] acquire1 = (metrics != null) ? metric("hikaricp.connections.acquire") : null;
		String pool = "-";
		String acquire = "-";
		if (acquire0 != null && acquire1 != null) {
			double count = acquire1[0] - acquire0[0];
			double total = acquire1[1] - acquire0[1];
			pool = Long.toString(pendingMax.get());
			acquire = String.format("%.3f / %.1f", (count > 0) ? total / count * 1000 : 0, acquire1[2] * 1000);
		}
		Thread.sleep(3000); // drain deliveries
		long clientCpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
			.getProcessCpuTime() - clientCpu0;
		double ticks = 100.0;
		double serverCpu = (serverPid != null) ? (cpuTicks(serverPid) - server0) / ticks / (elapsed + 3) * 100 : -1;
		long pgTicks = postgresTicks() - pg0;
		double pgCpu = pgTicks / ticks / (elapsed + 3) * 100;
		int sends = sentAt.size();
		// CPU time per send (step and drain): less sensitive to a busy machine than a rate
		String perSend = (sends == 0) ? "-"
				: String.format("%.2f / %.2f", (serverPid != null) ? (cpuTicks(serverPid) - server0) * 10.0 / sends : 0,
						pgTicks * 10.0 / sends);
		long lost = 0;
		long dup = 0;
		List<Long> incomplete = new ArrayList<>();
		for (Long number : sentAt.keySet()) {
			int n = delivered.getOrDefault(number, new AtomicInteger()).get();
			lost += Math.max(0, 2 - n);
			dup += Math.max(0, n - 2);
			if (n < 2) {
				incomplete.add(number);
			}
		}
		if (!incomplete.isEmpty()) {
			java.util.Collections.sort(incomplete);
			missing.put(name, incomplete);
			System.err.printf("%s: %d deliveries missing 3 s after the step, messages %s%n", name, lost,
					incomplete.subList(0, Math.min(20, incomplete.size())));
		}
		long[] deliver = latencies.stream().mapToLong((l) -> l[1]).sorted().toArray();
		long[] post = postNanos.stream().mapToLong(Long::longValue).sorted().toArray();
		double rate = sends / elapsed;
		System.out.printf(
				"| %s | %.0f | %s | %.1f / %.1f | %.1f / %.1f / %.1f / %.1f | %d | %d | %.0f | %s | %.0f | %s | %s | %s |%n",
				name, rate, (baseline != null) ? String.format("%.3f", rate / baseline) : "-", ms(post, 0.50),
				ms(post, 0.99), ms(deliver, 0.50), ms(deliver, 0.95), ms(deliver, 0.99), ms(deliver, 1.0), lost, dup,
				clientCpu / 1e9 / (elapsed + 3) * 100,
				(serverCpu >= 0) ? String.format("%.0f", serverCpu) : "-", pgCpu, pool, acquire, perSend);
		return rate;
	}

	static final Pattern STATISTIC = Pattern.compile("\"statistic\":\"(\\w+)\",\"value\":([-0-9.Ee+]+)");

	/**
	 * A meter of the server's metrics endpoint: {value} of a gauge, or {count, total
	 * seconds, max seconds} of a timer; {@code null} if it cannot be read.
	 */
	static double[] metric(String name) {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(metrics + "/actuator/metrics/" + name)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return null;
			}
			Map<String, Double> values = new HashMap<>();
			Matcher m = STATISTIC.matcher(response.body());
			while (m.find()) {
				values.put(m.group(1), Double.parseDouble(m.group(2)));
			}
			if (values.containsKey("VALUE")) {
				return new double[] { values.get("VALUE") };
			}
			return new double[] { values.getOrDefault("COUNT", 0.0), values.getOrDefault("TOTAL_TIME", 0.0),
					values.getOrDefault("MAX", 0.0) };
		}
		catch (Exception ex) {
			return null;
		}
	}

	/**
	 * The JDBC baseline of the embedded database: an insert and a commit per transaction,
	 * 8 threads, into an H2 file database with the application's settings
	 * ({@code MODE=PostgreSQL;WRITE_DELAY=0}).
	 */
	static double h2Baseline(String jar, int seconds) throws Exception {
		java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] { Path.of(jar).toUri().toURL() },
				ChatLoad.class.getClassLoader());
		java.sql.Driver driver = (java.sql.Driver) Class.forName("org.h2.Driver", true, loader)
			.getDeclaredConstructor()
			.newInstance();
		Path dir = Files.createTempDirectory("h2-baseline");
		String url = "jdbc:h2:file:" + dir.resolve("bench") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
		java.util.Properties user = new java.util.Properties();
		user.setProperty("user", "sa");
		user.setProperty("password", "");
		try (java.sql.Connection c = driver.connect(url, user)) {
			c.createStatement()
				.execute("CREATE TABLE bench_messages (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, conversation_id INT NOT NULL,"
						+ " body VARCHAR(10000) NOT NULL, sent_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
		}
		AtomicLong commits = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long t0 = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (int t = 0; t < 8; t++) {
				pool.submit(() -> {
					try (java.sql.Connection c = driver.connect(url, user)) {
						c.setAutoCommit(false);
						try (java.sql.PreparedStatement insert = c
							.prepareStatement("INSERT INTO bench_messages (conversation_id, body) VALUES (?, ?)")) {
							while (System.nanoTime() < end) {
								insert.setInt(1, ThreadLocalRandom.current().nextInt(1, 101));
								insert.setString(2,
										"Flange thickness 3 mm, please check the bend relief against the drawing");
								insert.executeUpdate();
								c.commit();
								commits.incrementAndGet();
							}
						}
					}
					return null;
				});
			}
		}
		double rate = commits.get() / ((System.nanoTime() - t0) / 1e9);
		try (var files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((f) -> f.toFile().delete());
		}
		return rate;
	}

	static List<Long> closedLoop(List<Pair> pairs, int senders, int seconds) throws Exception {
		List<Long> posts = java.util.Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int s = 0; s < senders; s++) {
				pool.submit(() -> {
					while (System.nanoTime() < end) {
						posts.add(send(pairs.get(ThreadLocalRandom.current().nextInt(pairs.size()))));
					}
					return null;
				});
			}
		}
		return posts;
	}

	static List<Long> openLoop(List<Pair> pairs, int rate, int seconds) throws Exception {
		List<Long> posts = java.util.Collections.synchronizedList(new ArrayList<>());
		long interval = 1_000_000_000L / rate;
		long start = System.nanoTime();
		long total = (long) rate * seconds;
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long i = 0; i < total; i++) {
				long due = start + i * interval;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				pool.submit(() -> posts.add(send(pairs.get(ThreadLocalRandom.current().nextInt(pairs.size())))));
			}
		}
		return posts;
	}

	/** Sends one message as a random participant; returns the POST's duration. */
	static long send(Pair pair) {
		long number = numbers.incrementAndGet();
		String token = ThreadLocalRandom.current().nextBoolean() ? pair.clientToken() : pair.expertToken();
		String body = "{\"body\":\"Flange thickness " + number
				+ " mm, please check the bend relief against the drawing\",\"clientMessageId\":\"b" + number + "\"}";
		long t0 = System.nanoTime();
		sentAt.put(number, t0);
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations/" + pair.conversation() + "/messages"))
						.header("Authorization", "Bearer " + token)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201 && response.statusCode() != 200) {
				sentAt.remove(number);
				System.err.println("send answered " + response.statusCode() + ": " + response.body());
			}
		}
		catch (Exception ex) {
			sentAt.remove(number);
			System.err.println("send failed: " + ex);
		}
		return System.nanoTime() - t0;
	}

	static void stream(String token, CountDownLatch ready, AtomicBoolean running) {
		try {
			HttpResponse<java.io.InputStream> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
						.header("Authorization", "Bearer " + token)
						.header("Accept", "text/event-stream")
						.GET()
						.build(),
					HttpResponse.BodyHandlers.ofInputStream());
			ready.countDown();
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				String event = null;
				String line;
				while (running.get() && (line = reader.readLine()) != null) {
					if (line.startsWith("event:")) {
						event = line.substring(6).strip();
					}
					else if (line.startsWith("data:") && "message.created".equals(event)) {
						Matcher m = CLIENT_ID.matcher(line);
						if (m.find()) {
							long number = Long.parseLong(m.group(1).substring(1));
							Long start = sentAt.get(number);
							delivered.computeIfAbsent(number, (k) -> new AtomicInteger()).incrementAndGet();
							if (start != null) {
								latencies.add(new long[] { number, System.nanoTime() - start });
							}
						}
					}
					else if (line.isEmpty()) {
						event = null;
					}
				}
			}
		}
		catch (Exception ex) {
			System.err.println("stream ended: " + ex);
		}
	}

	static List<Pair> setUp(int conversations) throws Exception {
		List<Pair> pairs = java.util.Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < conversations; i++) {
				int n = i;
				pool.submit(() -> {
					try {
						pairs.add(pair(n));
					}
					catch (Exception ex) {
						System.err.println("set-up failed: " + ex);
					}
				});
			}
		}
		if (pairs.size() != conversations) {
			throw new IllegalStateException("only " + pairs.size() + " of " + conversations + " conversations set up");
		}
		return pairs;
	}

	static Pair pair(int n) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String[] client = signUp("CLIENT", "Load Client " + n, "load-client-" + n + "-" + run + "@example.test");
		String[] expert = signUp("EXPERT", "Load Expert " + n, "load-expert-" + n + "-" + run + "@example.test");
		String job = field(post("/api/v1/jobs", client[1], """
				{"title":"Bracket redesign %d","description":"Design a sheet-metal bracket for a 24V motor.",
				 "skills":["solidworks"],"rateType":"HOURLY","budget":{"amount":"50.00","currency":"USD"},
				 "visibility":"PUBLIC"}""".formatted(n), 201), "id");
		String terms = """
				{"rateType":"HOURLY","amount":"45.00","currency":"USD","weeklyHourLimit":20,"milestones":[],
				 "startDate":"%s","durationDays":14,"deliverables":"STEP and PDF drawings","notes":""}"""
			.formatted(LocalDate.now().plusDays(7));
		String invite = field(post("/api/v1/jobs/" + job + "/invites", client[1],
				"{\"expertId\":\"" + expert[0] + "\",\"message\":\"Would you take this on?\",\"proposedTerms\":" + terms
						+ "}",
				201), "id");
		String accepted = post("/api/v1/invites/" + invite + "/accept", expert[1],
				"{\"mode\":\"CHAT_FIRST\",\"coverLetter\":\"Happy to talk.\"}", 200);
		return new Pair(field(accepted, "conversationId"), client[1], expert[1]);
	}

	static String[] signUp(String role, String name, String email) throws Exception {
		String password = "correct horse battery";
		String created = post("/api/v1/accounts", null, """
				{"email":"%s","password":"%s","displayName":"%s","role":"%s"}"""
			.formatted(email, password, name, role), 201);
		String basic = java.util.Base64.getEncoder()
			.encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (token.statusCode() != 201) {
			throw new IllegalStateException("token: " + token.statusCode() + " " + token.body());
		}
		return new String[] { field(created, "id"), field(token.body(), "token") };
	}

	static String post(String path, String token, String json, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	static String field(String json, String name) {
		Matcher m = FIELD.matcher(json);
		while (m.find()) {
			if (m.group(1).equals(name)) {
				return m.group(2);
			}
		}
		throw new IllegalStateException("no " + name + " in " + json);
	}

	/**
	 * The minimal transaction of a chat message, with pgbench: 8 clients, the same
	 * duration as a load step.
	 */
	static Double pgbench(String connection, int seconds) throws Exception {
		List<String> psql = new ArrayList<>(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1"));
		psql.addAll(Arrays.asList(connection.split(" ")));
		psql.addAll(List.of("-c",
				"CREATE TABLE IF NOT EXISTS bench_messages (id BIGSERIAL PRIMARY KEY, conversation_id INT NOT NULL,"
						+ " body TEXT NOT NULL, sent_at TIMESTAMPTZ NOT NULL DEFAULT now())"));
		run(psql);
		Path script = Files.createTempFile("chat-baseline", ".sql");
		Files.writeString(script, """
				\\set c random(1, 100)
				BEGIN;
				INSERT INTO bench_messages (conversation_id, body) VALUES (:c, 'Flange thickness 3 mm, please check the bend relief against the drawing');
				SELECT pg_notify('bench', :c::text);
				COMMIT;
				""");
		List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-c", "8", "-j", "2", "-T",
				Integer.toString(seconds), "-f", script.toString()));
		command.addAll(Arrays.asList(connection.split(" ")));
		long[] machine0 = machineTicks();
		String out = run(command);
		long[] machine1 = machineTicks();
		double busy = (machine1[1] - machine0[1] == 0) ? 0
				: 100.0 * (machine1[0] - machine0[0]) / (machine1[1] - machine0[1]) * Runtime.getRuntime().availableProcessors();
		System.out.printf("# pgbench: machine CPU %.0f %% of one core (%d cores) while it ran%n", busy,
				Runtime.getRuntime().availableProcessors());
		Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
		List<String> drop = new ArrayList<>(List.of("psql", "-q"));
		drop.addAll(Arrays.asList(connection.split(" ")));
		drop.addAll(List.of("-c", "DROP TABLE IF EXISTS bench_messages"));
		run(drop);
		return tps.find() ? Double.parseDouble(tps.group(1)) : null;
	}

	static void backlog(String connection, List<Pair> pairs, int unread) throws Exception {
		String ids = String.join(",", pairs.stream().map((pair) -> "'" + pair.conversation() + "'").toList());
		int messages = 2 * unread;
		List<String> psql = new ArrayList<>(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1"));
		psql.addAll(Arrays.asList(connection.split(" ")));
		psql.addAll(List.of("-c", """
				BEGIN;
				INSERT INTO messages (id, conversation_id, seq, type, sender_id, body, sent_at)
				SELECT gen_random_uuid(), c.id, c.last_seq + g, 'MESSAGE',
				       CASE WHEN g %% 2 = 1 THEN cl.participant_id ELSE ex.participant_id END,
				       'Backlog message ' || g || ' about the bend relief', now() - INTERVAL '1 hour'
				FROM conversations c
				JOIN conversation_participants cl ON cl.conversation_id = c.id AND cl.role = 'CLIENT'
				JOIN conversation_participants ex ON ex.conversation_id = c.id AND ex.role = 'EXPERT'
				CROSS JOIN generate_series(1, %1$d) g
				WHERE c.id IN (%2$s);
				UPDATE conversations SET last_seq = last_seq + %1$d WHERE id IN (%2$s);
				UPDATE conversation_participants SET unread_count = unread_count + %3$d WHERE conversation_id IN (%2$s);
				COMMIT;
				ANALYZE messages;
				""".formatted(messages, ids, unread)));
		run(psql);
	}

	static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
		}
		return out;
	}

	static long cpuTicks(String pid) {
		try {
			String[] stat = Files.readString(Path.of("/proc", pid, "stat")).split("\\) ")[1].split(" ");
			return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * @return the machine's busy and total CPU ticks so far ({@code /proc/stat}), all cores
	 */
	static long[] machineTicks() {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < cpu.length && i <= 8; i++) {
				total += Long.parseLong(cpu[i]);
			}
			long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
			return new long[] { total - idle, total };
		}
		catch (IOException ex) {
			return new long[] { 0, 0 };
		}
	}

	static long postgresTicks() {
		long total = 0;
		try (var dirs = Files.list(Path.of("/proc"))) {
			for (Path dir : dirs.filter((p) -> p.getFileName().toString().matches("[0-9]+")).toList()) {
				try {
					String comm = Files.readString(dir.resolve("comm")).strip();
					if (comm.startsWith("postgres")) {
						total += cpuTicks(dir.getFileName().toString());
					}
				}
				catch (IOException gone) {
					// the process ended meanwhile
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return total;
	}

	static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	static List<Integer> ints(String csv) {
		List<Integer> values = new ArrayList<>();
		for (String part : csv.split(",")) {
			if (!part.isBlank()) {
				values.add(Integer.parseInt(part.strip()));
			}
		}
		return values;
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

}
