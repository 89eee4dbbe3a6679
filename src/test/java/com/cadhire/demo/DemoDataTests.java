package com.cadhire.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.cadhire.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo data of a first start, on a database of its own: what a newcomer sees. The
 * directory finds Erin by name first, two experts show both responsiveness bands, and the
 * demo client has notifications of several kinds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:demo-data;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
		"cadhire.demo-data.enabled=true" })
class DemoDataTests {

	@LocalServerPort
	int port;

	Api as(String email) {
		return Api.anonymous(this.port).withBasic(email, DemoData.PASSWORD);
	}

	@Test
	void searchingAFirstNameListsThatPersonFirst() {
		JsonNode page = as("cora@cadhire.test").get("/api/v1/experts?q=Erin").expect(200).json();

		List<String> names = new ArrayList<>();
		page.get("items").forEach((item) -> names.add(item.get("displayName").asString()));
		// "erin" is also inside "engineering", in other experts' texts
		assertThat(names).hasSizeGreaterThan(1).first().isEqualTo("Erin Okafor");
	}

	@Test
	void twoExpertsShowAnInviteBandAndAMessageBand() {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (String expert : List.of("erin@cadhire.test", "felix@cadhire.test")) {
				JsonNode responsiveness = as(expert).get("/api/v1/me/profile").expect(200).json().get("responsiveness");
				assertThat(responsiveness.get("inviteResponse").isNull()).as(expert + " invite band").isFalse();
				assertThat(responsiveness.get("messageResponse").isNull()).as(expert + " message band").isFalse();
			}
		});
	}

	@Test
	void theClientHasNotificationsOfSeveralKinds() {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode page = as("cora@cadhire.test").get("/api/v1/notifications?limit=100").expect(200).json();
			Set<String> kinds = new HashSet<>();
			page.get("items").forEach((item) -> kinds.add(item.get("kind").asString()));
			assertThat(kinds).contains("INVITE_NEGOTIATED", "INVITE_CHAT_FIRST", "INVITE_DECLINED",
					"APPLICATION_RECEIVED", "APPLICATION_WITHDRAWN");
		});
	}

}
