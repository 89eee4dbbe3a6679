package com.cadhire.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text field of every endpoint of the published API (read from the OpenAPI
 * document), fed a NUL, a lone surrogate, an overlong string and values of the wrong
 * type, as a signed-in client: never a 5xx, and NUL or a lone surrogate is a 400 problem
 * that names the field. Runs on H2 and, in the PostgreSQL pass, on PostgreSQL (which
 * cannot store a NUL at all).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BadInputTests {

	private static final String NUL = "a\u0000b";

	private static final String LONE_SURROGATE = "a\ud800b";

	private static final String OVERLONG = "x".repeat(20_000);

	@LocalServerPort
	int port;

	User client;

	JsonNode openApi;

	@BeforeEach
	void setUp() {
		this.client = Api.anonymous(this.port).signUp("CLIENT", "Bad Input");
		this.openApi = this.client.api().get("/v3/api-docs").expect(200).json();
	}

	@TestFactory
	Stream<DynamicTest> jsonBodyFields() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Operation operation : operations()) {
			JsonNode schema = operation.node()
				.path("requestBody")
				.path("content")
				.path("application/json")
				.path("schema");
			if (schema.isMissingNode()) {
				continue;
			}
			for (Leaf leaf : leaves(resolve(schema), "", 0)) {
				String field = leaf.path();
				String kind = leaf.kind();
				String name = operation.method() + " " + operation.path() + " " + field;
				if (kind.equals("string") || kind.equals("string[]")) {
					boolean array = kind.equals("string[]");
					String expected = array ? field + "[0]" : field;
					tests.add(DynamicTest.dynamicTest(name + " NUL", () -> refused(operation,
							nest(field, array ? "[" + json(NUL) + "]" : json(NUL)), expected)));
					tests.add(DynamicTest.dynamicTest(name + " lone surrogate", () -> refused(operation,
							nest(field, array ? "[" + json(LONE_SURROGATE) + "]" : json(LONE_SURROGATE)), expected)));
					tests.add(DynamicTest.dynamicTest(name + " overlong", () -> answered(operation,
							nest(field, array ? "[" + json(OVERLONG) + "]" : json(OVERLONG)))));
					tests.add(DynamicTest.dynamicTest(name + " object for text",
							() -> answered(operation, nest(field, "{\"nested\":1}"))));
				}
				else {
					tests.add(DynamicTest.dynamicTest(name + " text for " + kind,
							() -> answered(operation, nest(field, json("not a " + kind)))));
					tests.add(DynamicTest.dynamicTest(name + " NUL text for " + kind,
							() -> answered(operation, nest(field, json(NUL)))));
				}
			}
			tests.add(DynamicTest.dynamicTest(operation.method() + " " + operation.path() + " array for the body",
					() -> answered(operation, "[1,2,3]")));
		}
		assertThat(tests).hasSizeGreaterThan(30);
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> queryParameters() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Operation operation : operations()) {
			for (JsonNode parameter : operation.node().path("parameters")) {
				if (!parameter.path("in").asString("").equals("query")) {
					continue;
				}
				String name = parameter.path("name").asString();
				String kind = resolve(parameter.path("schema")).path("type").asString("string");
				String label = operation.method() + " " + operation.path() + " ?" + name;
				tests.add(DynamicTest.dynamicTest(label + " NUL",
						() -> refusedQuery(operation, name + "=" + encode(NUL), name)));
				tests.add(DynamicTest.dynamicTest(label + " lone surrogate (CESU bytes)",
						() -> answeredQuery(operation, name + "=a%ED%A0%80b")));
				tests.add(DynamicTest.dynamicTest(label + " bad percent-encoding",
						() -> badlyEncoded(operation, name + "=%zz%")));
				tests.add(DynamicTest.dynamicTest(label + " overlong",
						() -> answeredQuery(operation, name + "=" + "y".repeat(5000))));
				tests.add(DynamicTest.dynamicTest(label + " wrong type (" + kind + ")",
						() -> answeredQuery(operation, name + "=" + (kind.equals("string") ? "-1" : "eleven"))));
			}
		}
		assertThat(tests).hasSizeGreaterThan(5);
		return tests.stream();
	}

	private void refused(Operation operation, String body, String field) {
		Api.Response response = send(operation, "", body);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
	}

	private void answered(Operation operation, String body) {
		Api.Response response = send(operation, "", body);
		assertThat(response.status()).as(response.body()).isLessThan(500);
		if (response.status() >= 400) {
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
	}

	private void refusedQuery(Operation operation, String query, String field) {
		Api.Response response = send(operation, query, null);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
	}

	private void answeredQuery(Operation operation, String query) {
		Api.Response response = send(operation, query, null);
		assertThat(response.status()).as(operation.path() + "?" + query + " " + response.body()).isLessThan(500);
		if (response.status() >= 400) {
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
	}

	/** Sent over a plain socket: Java's HTTP client refuses to send a bad escape. */
	private void badlyEncoded(Operation operation, String query) throws Exception {
		String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		String body = operation.method().equals("GET") || operation.method().equals("DELETE") ? "" : "{}";
		String request = operation.method() + " " + path + "?" + query + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: " + this.client.api().authorization() + "\r\nAccept: application/json\r\n"
				+ (body.isEmpty() ? "" : "Content-Type: application/json\r\nContent-Length: 2\r\n")
				+ "Connection: close\r\n\r\n" + body;
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(answer.substring(9, 12));
			assertThat(status).as(answer).isEqualTo(400);
			assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
		}
	}

	private Api.Response send(Operation operation, String query, String body) {
		String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		URI uri = URI.create(this.client.api().base() + path + (query.isEmpty() ? "" : "?" + query));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri);
		if (body != null) {
			request.header("Content-Type", "application/json");
			request.method(operation.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		else if (operation.method().equals("GET") || operation.method().equals("DELETE")) {
			request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json");
			request.method(operation.method(), HttpRequest.BodyPublishers.ofString("{}"));
		}
		return this.client.api().send(request);
	}

	private List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.openApi.path("paths").properties()) {
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
					String name = method.getKey().toUpperCase(java.util.Locale.ROOT);
					if (path.getKey().endsWith("/events") && name.equals("GET")) {
						continue; // the event stream stays open
					}
					operations.add(new Operation(name, path.getKey(), method.getValue()));
				}
			}
		}
		assertThat(operations).hasSizeGreaterThan(20);
		return operations;
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int depth = 0; depth < 5; depth++) {
			String ref = current.path("$ref").asString("");
			if (ref.isEmpty()) {
				JsonNode all = current.path("allOf");
				if (all.isArray() && all.size() == 1) {
					current = all.get(0);
					continue;
				}
				return current;
			}
			current = this.openApi.at(ref.substring(1));
		}
		return current;
	}

	private Map<String, JsonNode> properties(JsonNode schema) {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").properties().iterator();
		fields.forEachRemaining((entry) -> properties.put(entry.getKey(), entry.getValue()));
		return properties;
	}

	/**
	 * Every leaf field of a request schema, nested objects and lists of objects included
	 * (three levels), as a path such as {@code terms.milestones[0].description}.
	 */
	private List<Leaf> leaves(JsonNode schema, String prefix, int depth) {
		List<Leaf> leaves = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : properties(schema).entrySet()) {
			String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
			JsonNode type = resolve(property.getValue());
			String kind = type.path("type").asString(type.has("properties") ? "object" : "string");
			if (kind.equals("array")) {
				JsonNode items = resolve(type.path("items"));
				String itemKind = items.path("type").asString(items.has("properties") ? "object" : "string");
				if (itemKind.equals("object") && depth < 3) {
					leaves.addAll(leaves(items, path + "[0]", depth + 1));
				}
				else {
					leaves.add(new Leaf(path, itemKind.equals("string") ? "string[]" : "array"));
				}
			}
			else if (kind.equals("object") && type.has("properties") && depth < 3) {
				leaves.addAll(leaves(type, path, depth + 1));
			}
			else {
				leaves.add(new Leaf(path, kind));
			}
		}
		return leaves;
	}

	/**
	 * A JSON body with the value at the path, such as {"terms":{"milestones":[{"x":v}]}}.
	 */
	static String nest(String path, String value) {
		String[] parts = path.split("\\.");
		String json = value;
		for (int i = parts.length - 1; i >= 0; i--) {
			String part = parts[i];
			if (part.endsWith("[0]")) {
				json = "{\"" + part.substring(0, part.length() - 3) + "\":[" + json + "]}";
			}
			else {
				json = "{\"" + part + "\":" + json + "}";
			}
		}
		return json;
	}

	private record Leaf(String path, String kind) {
	}

	/** A JSON string literal with every non-ASCII or control character escaped. */
	private static String json(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private record Operation(String method, String path, JsonNode node) {
	}

}
