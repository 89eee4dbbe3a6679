package com.cadhire.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors outside the controllers are problem documents too: unknown paths and methods,
 * media types neither side can use, what Tomcat refuses by itself (a huge header, a bad
 * request line), a cursor out of range, a NUL in an upload's file name, an overlong
 * sign-in name.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiErrorDocumentsTests {

	@LocalServerPort
	int port;

	User client;

	@BeforeEach
	void setUp() {
		this.client = Api.anonymous(this.port).signUp("CLIENT", "Error Client");
	}

	@Test
	void unknownPathsMethodsAndMediaTypes() throws Exception {
		problem(this.client.api().get("/api/v1/no-such-thing"), 404);
		problem(this.client.api().delete("/api/v1/jobs"), 405);
		problem(this.client.api()
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/jobs"))
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofString("a,b"))), 415);
		String notAcceptable = raw(
				"GET /api/v1/jobs HTTP/1.1\r\nHost: localhost\r\nAccept: image/png\r\nAuthorization: "
						+ this.client.api().authorization() + "\r\nConnection: close\r\n\r\n");
		assertThat(notAcceptable).startsWith("HTTP/1.1 406").containsIgnoringCase("application/problem+json");
	}

	@Test
	void aCursorOutOfRange() {
		String cursor = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("9223372036854775807:0:" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII));
		Api.Response response = this.client.api().get("/api/v1/conversations?cursor=" + cursor);
		assertThat(problem(response, 422).path("errors").get(0).path("field").asString()).isEqualTo("cursor");
		String future = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("999999999999999:0:" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII));
		problem(this.client.api().get("/api/v1/conversations?cursor=" + future), 422);
	}

	@Test
	void aNulInAnUploadsFileName() {
		String boundary = "b" + UUID.randomUUID();
		String body = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"part\u0000.stl\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\nsolid x\r\n--" + boundary + "--\r\n";
		Api.Response response = this.client.api()
			.send(HttpRequest
				.newBuilder(URI.create(base() + "/api/v1/conversations/" + UUID.randomUUID() + "/attachments"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
		assertThat(response.status()).as(response.body()).isBetween(400, 422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("filename");
	}

	@Test
	void anOverlongSignInName() {
		Api.Response response = Api.anonymous(this.port)
			.withBasic("x".repeat(300) + "@example.test", "whatever password")
			.get("/api/v1/me");
		assertThat(response.status()).isIn(400, 401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void whatTomcatRefusesByItself() throws Exception {
		String bigToken = "Bearer " + "t".repeat(10 * 1024);
		String answer = raw("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + bigToken
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json").contains("\"status\":400");
		String badLine = raw("GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(badLine).startsWith("HTTP/1.1 400");
		assertThat(badLine).containsIgnoringCase("application/problem+json").doesNotContain("<html");
		String badQuery = raw("GET /api/v1/jobs?q=%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
				+ this.client.api().authorization() + "\r\nConnection: close\r\n\r\n");
		assertThat(badQuery).startsWith("HTTP/1.1 400");
		assertThat(badQuery).containsIgnoringCase("application/problem+json");
	}

	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private tools.jackson.databind.JsonNode problem(Api.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		tools.jackson.databind.JsonNode json = response.json();
		assertThat(json.path("status").asInt()).isEqualTo(status);
		assertThat(json.path("type").asString()).startsWith(Problems.BASE);
		return json;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
