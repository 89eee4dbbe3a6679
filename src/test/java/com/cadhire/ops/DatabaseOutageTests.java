package com.cadhire.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away under a running application (its server stops) and comes back:
 * meanwhile reads and writes are refused at once with a 503 problem and
 * {@code Retry-After} (the pool waits 2.5 s for a connection, not 30 s), and afterwards
 * the application serves again without a restart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DatabaseOutageTests {

	static final int DB_PORT = freePort();

	static Server database = start();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + DB_PORT
				+ "/mem:outage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() {
		database.stop();
	}

	@LocalServerPort
	int port;

	@Test
	void refusesReadsAndWritesAtOnceWhileTheDatabaseIsDownAndRecovers() throws Exception {
		User client = Api.anonymous(this.port).signUp("CLIENT", "Outage Client");
		String jobId = Fixtures.postJob(client);
		client.api().get("/api/v1/jobs/" + jobId).expect(200);

		database.stop();
		Thread.sleep(1000);
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			Api.Response read = client.api().get("/api/v1/jobs/" + jobId);
			millis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
			assertUnavailable(read);
			started = System.nanoTime();
			Api.Response write = client.api().post("/api/v1/jobs", Fixtures.job("During the outage", "PUBLIC"));
			millis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
			assertUnavailable(write);
		}
		java.net.http.HttpResponse<String> raw = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/v1/jobs/" + jobId))
				.header("Authorization", client.api().authorization())
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(raw.statusCode()).isEqualTo(503);
		assertThat(raw.headers().firstValue("Retry-After")).hasValue("5");
		System.out.println("Outage response times (ms, read/write alternating): " + millis);
		assertThat(millis).allMatch((ms) -> ms < 4000);

		database = start();
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> client.api().get("/api/v1/jobs/" + jobId).status() == 200);
		Fixtures.postJob(client);
	}

	private static void assertUnavailable(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(503);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("type").asString()).endsWith("/unavailable");
	}

	private static Server start() {
		try {
			return Server.createTcpServer("-tcpPort", Integer.toString(DB_PORT), "-ifNotExists").start();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
