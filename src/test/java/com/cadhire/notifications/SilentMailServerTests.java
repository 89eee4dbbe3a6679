package com.cadhire.notifications;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail server that accepts connections and never says a word: the attempt fails after
 * the configured SMTP read timeout (10 s in application.yml) and is retried later, and
 * the other scheduled jobs keep running meanwhile, as the outbox has a thread of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:silentsmtp;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"spring.datasource.username=sa", "spring.datasource.password=",
				"cadhire.notifications.send-initial-delay=PT0S", "cadhire.notifications.send-interval=PT0.2S" })
class SilentMailServerTests {

	static final SilentServer SILENT = new SilentServer();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SILENT::port);
	}

	@AfterAll
	static void stop() throws IOException {
		SILENT.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ticks ticks;

	@Test
	void failsTheAttemptWithinTheTimeoutWhileOtherJobsKeepRunning() {
		Api anonymous = Api.anonymous(this.port);
		User client = anonymous.signUp("CLIENT", "Silent Client");
		User expert = anonymous.signUp("EXPERT", "Silent Expert");
		Fixtures.invite(client, Fixtures.postJob(client), expert);
		await().atMost(Duration.ofSeconds(10)).until(() -> row(expert) != null);
		long queued = System.nanoTime();
		int ticksBefore = this.ticks.count.get();
		await().atMost(Duration.ofSeconds(25))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> ((Number) row(expert).get("attempts")).intValue() >= 1);
		Duration failedAfter = Duration.ofNanos(System.nanoTime() - queued);
		Map<String, Object> row = row(expert);
		assertThat(row.get("status")).isEqualTo("PENDING");
		assertThat(String.valueOf(row.get("last_error"))).containsIgnoringCase("timed out");
		assertThat(failedAfter).as("the 10 s SMTP read timeout, plus the send interval")
			.isLessThan(Duration.ofSeconds(13));
		assertThat(SILENT.accepted.get()).isPositive();
		int ticked = this.ticks.count.get() - ticksBefore;
		assertThat(ticked).as("scheduled runs of another job while the mail server hung").isGreaterThan(10);
		assertThat(this.ticks.threads).noneMatch((name) -> name.startsWith("outbox-"));
	}

	private Map<String, Object> row(User expert) {
		return this.jdbc.sql("SELECT status, attempts, last_error FROM email_outbox WHERE recipient_id = ?")
			.param(expert.id())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
	}

	@TestConfiguration
	static class TickingJob {

		@Bean
		Ticks ticks() {
			return new Ticks();
		}

	}

	/** A job on the default scheduler, as expiry and clean-up are. */
	static class Ticks {

		final AtomicInteger count = new AtomicInteger();

		final List<String> threads = new CopyOnWriteArrayList<>();

		@Scheduled(fixedDelay = 200)
		void tick() {
			this.count.incrementAndGet();
			String name = Thread.currentThread().getName();
			if (!this.threads.contains(name)) {
				this.threads.add(name);
			}
		}

	}

	/** Accepts connections and never answers. */
	static final class SilentServer implements AutoCloseable {

		final AtomicInteger accepted = new AtomicInteger();

		private final ServerSocket server;

		private final List<Socket> held = new CopyOnWriteArrayList<>();

		SilentServer() {
			try {
				this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			Thread acceptor = new Thread(() -> {
				while (!this.server.isClosed()) {
					try {
						this.held.add(this.server.accept());
						this.accepted.incrementAndGet();
					}
					catch (IOException ex) {
						return;
					}
				}
			}, "silent-smtp");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return this.server.getLocalPort();
		}

		@Override
		public void close() throws IOException {
			this.server.close();
			for (Socket socket : this.held) {
				socket.close();
			}
		}

	}

}
