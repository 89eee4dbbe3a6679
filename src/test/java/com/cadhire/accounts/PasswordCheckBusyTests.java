package com.cadhire.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The busy answer of the password-check cap: with one slot and a wait of a millisecond
 * (configured), a burst of right passwords gets 503 with {@code Retry-After} for the
 * checks that found no slot in time, and never more than one hash at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"cadhire.sign-in.max-concurrent-password-checks=1", "cadhire.sign-in.password-check-wait=PT0.001S" })
class PasswordCheckBusyTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	PasswordCheckLimiter limiter;

	@Test
	void aCheckThatFindsNoSlotInTimeIsAnswered503WithRetryAfter() throws Exception {
		Api anonymous = Api.anonymous(this.port);
		int users = 12;
		List<User> accounts = new ArrayList<>();
		for (int i = 0; i < users; i++) {
			// sign-up hashes too and may find no slot: try again, as a client would
			accounts.add(signUpWhenFree(anonymous));
		}
		this.limiter.resetPeak();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		CountDownLatch start = new CountDownLatch(1);
		List<HttpResponse<String>> responses = new ArrayList<>();
		try {
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (User user : accounts) {
				futures.add(pool.submit(() -> {
					start.await();
					return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/me"))
						.header("Accept", "application/json")
						.header("Authorization", "Basic " + Base64.getEncoder()
							.encodeToString((user.email() + ":" + user.password()).getBytes(StandardCharsets.UTF_8)))
						.build(), HttpResponse.BodyHandlers.ofString());
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		long ok = responses.stream().filter((r) -> r.statusCode() == 200).count();
		long busy = responses.stream().filter((r) -> r.statusCode() == 503).count();
		System.out.printf("BUSY-FIGURES %d concurrent right passwords, 1 slot, wait 1 ms: %d signed in, %d answered "
				+ "503; most hashes at once %d%n", users, ok, busy, this.limiter.peak());
		assertThat(ok + busy).isEqualTo(users);
		assertThat(ok).isPositive();
		assertThat(busy).isPositive();
		assertThat(this.limiter.peak()).isEqualTo(1);
		for (HttpResponse<String> response : responses) {
			if (response.statusCode() == 503) {
				assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
				assertThat(response.headers().firstValue("Content-Type").orElseThrow())
					.startsWith("application/problem+json");
				assertThat(response.body()).contains("sign-in-busy");
			}
		}
	}

	private static User signUpWhenFree(Api anonymous) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				return anonymous.signUp("CLIENT", "Bella Busy");
			}
			catch (AssertionError ex) {
				if (attempt == 20) {
					throw ex;
				}
				Thread.sleep(200);
			}
		}
	}

}
