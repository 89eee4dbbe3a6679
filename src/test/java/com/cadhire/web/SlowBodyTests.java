package com.cadhire.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 300 connections that send a POST body a byte at a time (and reconnect when cut off),
 * for 15 s, while a normal client keeps reading a job: every normal request answers
 * within 1 s, and the slow bodies are cut off after the body deadline.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SlowBodyTests {

	private static final int ATTACKERS = 300;

	@LocalServerPort
	int port;

	@Test
	void slowBodiesDoNotStallOtherRequests() throws Exception {
		User client = Api.anonymous(this.port).signUp("CLIENT", "Patient Client");
		String jobId = Fixtures.postJob(client);
		client.api().get("/api/v1/jobs/" + jobId).expect(200);

		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger connections = new AtomicInteger();
		AtomicInteger cutOff = new AtomicInteger();
		List<Thread> attackers = new ArrayList<>();
		for (int i = 0; i < ATTACKERS; i++) {
			Thread attacker = new Thread(() -> trickle(running, connections, cutOff), "slow-body-" + i);
			attacker.setDaemon(true);
			attacker.start();
			attackers.add(attacker);
		}
		Thread.sleep(3000);
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < end) {
			long started = System.nanoTime();
			Api.Response response = client.api().get("/api/v1/jobs/" + jobId);
			latencies.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
			assertThat(response.status()).isEqualTo(200);
			Thread.sleep(100);
		}
		running.set(false);
		for (Thread attacker : attackers) {
			attacker.join(10_000);
		}
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(
				"Slow-body test: %d attackers, %d connections opened, %d cut off by the server; "
						+ "%d normal requests, median %d ms, p99 %d ms, max %d ms%n",
				ATTACKERS, connections.get(), cutOff.get(), sorted.size(), sorted.get(sorted.size() / 2),
				sorted.get(sorted.size() * 99 / 100), sorted.get(sorted.size() - 1));
		assertThat(connections.get()).isGreaterThanOrEqualTo(ATTACKERS);
		assertThat(cutOff.get()).as("slow bodies cut off by the body deadline").isPositive();
		assertThat(sorted.get(sorted.size() - 1)).as("slowest normal request (ms)").isLessThan(1000);
	}

	private void trickle(AtomicBoolean running, AtomicInteger connections, AtomicInteger cutOff) {
		while (running.get()) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				connections.incrementAndGet();
				socket.setSoTimeout(500);
				OutputStream out = socket.getOutputStream();
				InputStream in = socket.getInputStream();
				out.write(("POST /api/v1/accounts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Content-Length: 100000\r\n\r\n{\"email\":\"")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				while (running.get()) {
					out.write('a');
					out.flush();
					try {
						// a status line or the end of the stream: the server gave up on
						// us
						in.read();
						cutOff.incrementAndGet();
						break;
					}
					catch (java.net.SocketTimeoutException ex) {
						// still reading our body: one more byte
					}
				}
			}
			catch (IOException ex) {
				// cut off while writing
				cutOff.incrementAndGet();
			}
		}
	}

}
