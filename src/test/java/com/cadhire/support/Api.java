package com.cadhire.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for full-stack tests: speaks JSON to the running application as an
 * outside client would.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String authorization;

	private Api(String base, String authorization) {
		this.base = base;
		this.authorization = authorization;
	}

	public static Api anonymous(int port) {
		return new Api("http://localhost:" + port, null);
	}

	/**
	 * @return the base address, such as {@code http://localhost:8080}
	 */
	public String base() {
		return this.base;
	}

	/**
	 * @return the value of the Authorization header this client sends, or {@code null}
	 */
	public String authorization() {
		return this.authorization;
	}

	public Api withToken(String token) {
		return new Api(this.base, "Bearer " + token);
	}

	public Api withBasic(String email, String password) {
		return new Api(this.base, "Basic "
				+ Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Signs up a new account with a unique e-mail address and returns a client
	 * authenticated with a fresh personal access token.
	 * @param role CLIENT or EXPERT
	 * @param name display name
	 * @return the signed-in client
	 */
	public User signUp(String role, String name) {
		String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID() + "@example.test";
		String password = "correct horse battery";
		Response created = post("/api/v1/accounts",
				Map.of("email", email, "password", password, "displayName", name, "role", role));
		created.expect(201);
		Response token = withBasic(email, password).post("/api/v1/me/tokens", Map.of("name", "tests"));
		token.expect(201);
		UUID id = UUID.fromString(created.json().get("id").asString());
		return new User(id, email, password, withToken(token.json().get("token").asString()));
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	public Response post(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
	}

	public Response post(String path) {
		return post(path, Map.of());
	}

	public Response put(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).DELETE());
	}

	public Response send(HttpRequest.Builder builder) {
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		builder.header("Accept", "application/json");
		builder.timeout(Duration.ofSeconds(30));
		try {
			HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

	/**
	 * A signed-in account.
	 *
	 * @param id account id
	 * @param email e-mail address
	 * @param password password
	 * @param api a client authenticated with a token
	 */
	public record User(UUID id, String email, String password, Api api) {
	}

	/**
	 * An HTTP response.
	 *
	 * @param status the status code
	 * @param body the body text
	 * @param contentType the content type
	 */
	public record Response(int status, String body, String contentType) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String text(String field) {
			JsonNode node = json().get(field);
			return (node != null && !node.isNull()) ? node.asString() : null;
		}

		public Response expect(int expected) {
			if (this.status != expected) {
				throw new AssertionError("expected " + expected + " but was " + this.status + ": " + this.body);
			}
			return this;
		}

	}

}
