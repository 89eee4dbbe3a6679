package com.cadhire.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API keeps no state for its callers: no session is made for an API request, signed
 * in or not, and no API response sets a cookie. Pages still get their session, and a
 * page's session still works on the API (the browser's event stream).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StatelessApiTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void sessionCountStaysFlatAcross1000AnonymousApiCalls() throws Exception {
		List<HttpRequest.Builder> kinds = List.of(get("/api/v1/me"), get("/api/v1/me/job-applications?limit=5"),
				get("/api/v1/events"), get("/api/v1/no-such-thing"), post("/api/v1/jobs", "{\"title\":\"x\"}"),
				post("/api/v1/accounts", "{\"email\":\"not-an-email\"}"),
				get("/api/v1/me").header("Authorization", "Bearer not-a-token"),
				get("/api/v1/me").header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF"),
				post("/api/v1/me/tokens", "{\"name\":\"x\"}").header("Cookie",
						"JSESSIONID=0123456789ABCDEF0123456789ABCDEF"));
		int before = activeSessions();
		List<String> cookies = new ArrayList<>();
		int[] statuses = new int[600];
		for (int i = 0; i < 1000; i++) {
			HttpResponse<String> response = send(kinds.get(i % kinds.size()));
			statuses[response.statusCode()]++;
			cookies.addAll(response.headers().allValues("Set-Cookie"));
		}
		int after = activeSessions();
		assertThat(after).as("sessions before %d, after 1,000 anonymous API calls", before).isEqualTo(before);
		assertThat(cookies).isEmpty();
		assertThat(statuses[500]).isZero();
		assertThat(statuses[401]).isGreaterThan(500);
	}

	@Test
	void signedInApiCallsWithATokenOrBasicMakeNoSessionAndSetNoCookie() throws Exception {
		User user = Api.anonymous(this.port).signUp("CLIENT", "Stella Stateless");
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((user.email() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
		int before = activeSessions();
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> withToken = send(
					get("/api/v1/me").header("Authorization", user.api().authorization()));
			assertThat(withToken.statusCode()).isEqualTo(200);
			assertThat(withToken.headers().allValues("Set-Cookie")).isEmpty();
		}
		HttpResponse<String> withBasic = send(get("/api/v1/me").header("Authorization", basic));
		assertThat(withBasic.statusCode()).isEqualTo(200);
		assertThat(withBasic.headers().allValues("Set-Cookie")).isEmpty();
		HttpResponse<String> issued = send(
				post("/api/v1/me/tokens", "{\"name\":\"stateless\"}").header("Authorization", basic));
		assertThat(issued.statusCode()).isEqualTo(201);
		assertThat(issued.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(activeSessions()).isEqualTo(before);
	}

	@Test
	void pagesKeepTheirSessionAndItStillWorksOnTheApi() throws Exception {
		User user = Api.anonymous(this.port).signUp("EXPERT", "Sid Session");
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> login = browser.send(get("/login").header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(user.password(), StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		HttpResponse<String> me = browser.send(get("/api/v1/me").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains(user.email());
		assertThat(me.headers().allValues("Set-Cookie")).isEmpty();
		// a session-authenticated write without the CSRF token is still refused
		HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"forged\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.headers().allValues("Set-Cookie")).isEmpty();
	}

	private int activeSessions() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		int count = 0;
		for (Container child : server.getTomcat().getHost().findChildren()) {
			count += ((Context) child).getManager().getActiveSessions();
		}
		return count;
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
	}

	private HttpRequest.Builder post(String path, String json) {
		return HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
