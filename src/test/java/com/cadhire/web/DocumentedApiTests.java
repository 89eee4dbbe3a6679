package com.cadhire.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cadhire.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API contract in the repository ({@code docs/api.md}) and the served OpenAPI
 * document stay in step: every method and path the document names exists in
 * {@code /v3/api-docs}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DocumentedApiTests {

	/** {@code `GET /jobs/{id}`} in the document, with an optional query. */
	private static final Pattern ENDPOINT = Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) (/[^`\\s?]*)[^`]*`");

	@LocalServerPort
	int port;

	@Test
	void everyDocumentedPathExistsInTheOpenApiDocument() throws IOException {
		Set<String> documented = documented(Files.readString(Path.of("docs/api.md")));
		// the document names far more than a handful; a broken pattern would find none
		assertThat(documented).hasSizeGreaterThan(50);

		Api.Response response = Api.anonymous(this.port).get("/v3/api-docs").expect(200);
		Set<String> served = served(response.json());

		assertThat(new TreeSet<>(documented)).as("documented in docs/api.md but not served")
			.allSatisfy((endpoint) -> assertThat(served).contains(endpoint));
	}

	@Test
	void theCheckNoticesAPathThatDoesNotExist() {
		Set<String> documented = documented("| `GET /nowhere/{id}` | anyone | nothing |");
		assertThat(documented).containsExactly("GET /api/v1/nowhere/{}");
	}

	static Set<String> documented(String markdown) {
		Set<String> endpoints = new LinkedHashSet<>();
		Matcher matcher = ENDPOINT.matcher(markdown);
		while (matcher.find()) {
			endpoints.add(matcher.group(1) + " " + normalize("/api/v1" + matcher.group(2)));
		}
		return endpoints;
	}

	private static Set<String> served(JsonNode openApi) {
		Set<String> endpoints = new LinkedHashSet<>();
		openApi.get("paths").properties().forEach((path) -> {
			for (String method : List.of("get", "post", "put", "delete", "patch")) {
				if (path.getValue().has(method)) {
					endpoints.add(method.toUpperCase() + " " + normalize(path.getKey()));
				}
			}
		});
		return endpoints;
	}

	/** Path variables compare by position, not name: {@code {id}} and {@code {jobId}}. */
	private static String normalize(String path) {
		return path.replaceAll("\\{[^}]*}", "{}");
	}

}
