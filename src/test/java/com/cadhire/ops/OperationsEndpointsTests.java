package com.cadhire.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator scrapes and probes: the Prometheus endpoint on the management port
 * with the standard and the product's meters after a walk through the funnel, nothing of
 * it on the public port, and the probes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	MeterRegistry meters;

	@Test
	void theProductMetersCountAFunnelWalkAndPrometheusShowsThemOnTheManagementPort() {
		double messages = count("cadhire.chat.messages.sent");
		double accepted = count("cadhire.hiring.offers.accepted");
		double started = count("cadhire.contracts.started");
		double badPasswords = count("cadhire.signin.failures", "reason", "bad-credentials");
		double locked = count("cadhire.signin.locked");
		double emailsInMessages = count("cadhire.screening.findings", "kind", "email", "surface", "message");

		Api anonymous = Api.anonymous(this.port);
		User client = anonymous.signUp("CLIENT", "Metric Client");
		User expert = anonymous.signUp("EXPERT", "Metric Expert");
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
		Api.Response refused = expert.api()
			.post("/api/v1/conversations/" + conversationId + "/messages",
					Map.of("body", "Mail me at eli.expert@example.com instead"));
		assertThat(refused.status()).isEqualTo(422);
		String offerId = client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("basedOnVersion", 2, "message", "Deal."))
			.expect(201)
			.text("id");
		expert.api().post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 1)).expect(201);
		signInUntilLocked(anonymous, client);

		assertThat(count("cadhire.chat.messages.sent") - messages).isGreaterThanOrEqualTo(2);
		assertThat(count("cadhire.hiring.offers.accepted") - accepted).isEqualTo(1);
		assertThat(count("cadhire.contracts.started") - started).isEqualTo(1);
		assertThat(count("cadhire.signin.failures", "reason", "bad-credentials") - badPasswords)
			.isGreaterThanOrEqualTo(6);
		assertThat(count("cadhire.signin.locked") - locked).isGreaterThanOrEqualTo(1);
		assertThat(count("cadhire.screening.findings", "kind", "email", "surface", "message") - emailsInMessages)
			.isGreaterThanOrEqualTo(1);

		HttpResponse<String> scrape = get(this.managementPort, "/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains(
				// the product's own
				"cadhire_chat_messages_sent_total", "cadhire_hiring_offers_accepted_total",
				"cadhire_contracts_started_total",
				"cadhire_signin_failures_total{application=\"cadhire\",reason=\"bad-credentials\"}",
				"cadhire_signin_locked_total", "cadhire_mail_outbox_backlog", "cadhire_mail_outbox_failed",
				"cadhire_mail_send_failures_total",
				"cadhire_screening_findings_total{application=\"cadhire\",kind=\"email\",surface=\"message\"}",
				// the standard ones: JVM, HTTP server, the connection pool
				"jvm_memory_used_bytes", "jvm_gc_pause_seconds", "process_cpu_usage",
				"http_server_requests_seconds_count", "hikaricp_connections_active", "tomcat_sessions");
		assertThat(scrape.body()).doesNotContain("eli.expert@example.com", "Sounds good");
		// Spring Security's observations (two timers per filter and request) are off:
		// they
		// cost CPU on every request and nothing reads them (docs/performance.md)
		assertThat(scrape.body()).doesNotContain("spring_security_filterchains", "spring_security_authorizations",
				"spring_security_http_secured_requests");
		assertThat(this.meters.find("spring.security.filterchains").meters()).isEmpty();
	}

	@Test
	void nothingOperationalIsOnThePublicPortButTheBareProbes() {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/health/readiness" }) {
			HttpResponse<String> response = get(this.port, path);
			assertThat(response.statusCode()).as(path).isNotEqualTo(200);
			assertThat(response.body()).as(path).doesNotContain("jvm_", "hikaricp");
		}
		HttpResponse<String> ready = get(this.port, "/readyz");
		assertThat(ready.statusCode()).isEqualTo(200);
		JsonNode readiness = Api.parse(ready.body());
		assertThat(readiness.get("status").asString()).isEqualTo("UP");
		assertThat(readiness.has("components")).isFalse();
		assertThat(get(this.port, "/livez").statusCode()).isEqualTo(200);
	}

	@Test
	void theManagementPortShowsWhatTheReadinessOfANodeIsMadeOf() {
		JsonNode health = Api.parse(get(this.managementPort, "/actuator/health").body());
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/liveWakeUps/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/readinessState/status").asString()).isEqualTo("UP");
		assertThat(get(this.managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(get(this.managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
	}

	/**
	 * Wrong passwords until the sign-in throttle refuses the address (after five free
	 * failures each one locks it for longer).
	 */
	private static void signInUntilLocked(Api anonymous, User user) {
		Api wrong = anonymous.withBasic(user.email(), "not the password");
		for (int attempt = 0; attempt < 12; attempt++) {
			int status = wrong.get("/api/v1/me").status();
			if (status == 429) {
				return;
			}
			assertThat(status).isEqualTo(401);
		}
		throw new AssertionError("the address was never locked");
	}

	private double count(String name, String... tags) {
		Counter counter = this.meters.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static HttpResponse<String> get(int port, String path) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
