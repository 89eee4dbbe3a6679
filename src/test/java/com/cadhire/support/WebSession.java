package com.cadhire.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session for page tests: keeps the session cookie, reads the CSRF
 * token from the last page, and posts forms as a browser without JavaScript would.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private String csrf;

	private WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public static WebSession anonymous(int port) {
		return new WebSession(port);
	}

	/**
	 * Signs in through the login form.
	 */
	public static WebSession signedIn(int port, String email, String password) {
		WebSession session = new WebSession(port);
		session.get("/login");
		Page page = session.post("/login", Map.of("username", email, "password", password));
		if (page.status() != 302 || page.location().contains("error")) {
			throw new AssertionError("sign-in failed: " + page.status() + " " + page.location());
		}
		return session;
	}

	public Page get(String path) {
		return get(path, Map.of());
	}

	public Page get(String path, Map<String, String> headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path)).GET();
		headers.forEach(builder::header);
		return send(builder);
	}

	public Page post(String path, Map<String, String> form) {
		if (this.csrf == null) {
			get("/login");
		}
		Map<String, String> body = new LinkedHashMap<>(form);
		body.put("_csrf", this.csrf);
		String encoded = body.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encoded)));
	}

	private Page send(HttpRequest.Builder builder) {
		builder.header("Accept", "text/html");
		builder.timeout(Duration.ofSeconds(30));
		try {
			HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response.
	 *
	 * @param status the status code
	 * @param body the HTML
	 * @param location the redirect target, or empty
	 */
	public record Page(int status, String body, String location) {
	}

}
