package com.cadhire.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The logs an operator reads with {@code CADHIRE_LOG_FORMAT=ecs}: one JSON object a line,
 * the request id of the request that wrote it, the same id in the response header and in
 * the problem document; and nothing a user wrote, nor a contact detail, in any line.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "CADHIRE_LOG_FORMAT=ecs", "logging.level.com.cadhire=info" })
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Test
	void aCallersRequestIdIsEchoedAndNamedInTheProblemDocument() throws Exception {
		HttpResponse<String> response = get("/api/v1/jobs/" + UUID.randomUUID(), "lb-7f3a.42");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a.42");
		assertThat(Api.parse(response.body()).get("requestId").asString()).isEqualTo("lb-7f3a.42");

		User client = Api.anonymous(this.port).signUp("CLIENT", "Request Id Client");
		HttpResponse<String> notFound = send(HttpRequest.newBuilder(uri("/api/v1/jobs/" + UUID.randomUUID()))
			.header("Authorization", client.api().authorization())
			.header("X-Request-Id", "trace-0001")
			.GET());
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(Api.parse(notFound.body()).get("requestId").asString()).isEqualTo("trace-0001");
		assertThat(notFound.headers().firstValue("X-Request-Id")).hasValue("trace-0001");
	}

	@Test
	void withoutAUsableRequestIdTheApplicationMakesOne() throws Exception {
		HttpResponse<String> response = get("/api/v1/jobs/" + UUID.randomUUID(), "not a token; {\"forged\":1}");
		String id = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(UUID.fromString(id)).isNotNull();
		assertThat(Api.parse(response.body()).get("requestId").asString()).isEqualTo(id);

		HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/livez")).GET());
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(none.headers().firstValue("X-Request-Id"))
			.hasValueSatisfying((made) -> assertThat(UUID.fromString(made).toString()).isNotEqualTo(id));
	}

	@Test
	void logLinesAreJsonWithTheRequestIdAndWithoutWhatUsersWrote(CapturedOutput output) throws Exception {
		String marker = "zq" + UUID.randomUUID().toString().replace("-", "");
		String address = marker + "@example.com";
		Api anonymous = Api.anonymous(this.port);
		User client = anonymous.signUp("CLIENT", "Log Client");
		User expert = anonymous.signUp("EXPERT", "Log Expert");
		String jobId = Fixtures.postJob(client);
		String inviteId = Fixtures.invite(client, jobId, expert);
		String applicationId = expert.api()
			.post("/api/v1/invites/" + inviteId + "/accept",
					Map.of("mode", "NEGOTIATE", "terms", Fixtures.hourly("55.00", 20), "coverLetter",
							"Cover letter " + marker))
			.expect(200)
			.text("applicationId");
		String conversationId = client.api()
			.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "Reply " + marker))
			.expect(200)
			.text("conversationId");
		String messages = "/api/v1/conversations/" + conversationId + "/messages";
		expert.api().post(messages, Map.of("body", "A plain message " + marker)).expect(201);

		String requestId = "contact-check-" + marker.substring(2, 14);
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(messages))
			.header("Authorization", expert.api().authorization())
			.header("Content-Type", "application/json")
			.header("X-Request-Id", requestId)
			.POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Mail me at " + address + "\"}")));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(Api.parse(refused.body()).get("requestId").asString()).isEqualTo(requestId);

		HttpResponse<String> malformed = send(HttpRequest.newBuilder(uri(messages))
			.header("Authorization", expert.api().authorization())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"body\": " + marker + " call +1 415 555 0134")));
		assertThat(malformed.statusCode()).isEqualTo(400);

		List<JsonNode> lines = output.getOut().lines().filter((line) -> line.startsWith("{")).map(Api::parse).toList();
		assertThat(lines).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.has("@timestamp") && line.path("log").has("level")).isTrue());
		assertThat(lines).filteredOn((line) -> line.path("message").asString().startsWith("Contact information found"))
			.anySatisfy((line) -> {
				assertThat(line.path("requestId").asString()).isEqualTo(requestId);
				assertThat(line.path("service").path("name").asString()).isEqualTo("cadhire");
			});
		assertThat(output.getAll()).doesNotContain(marker).doesNotContain("415 555 0134");
	}

	private HttpResponse<String> get(String path, String requestId) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("X-Request-Id", requestId).GET());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
