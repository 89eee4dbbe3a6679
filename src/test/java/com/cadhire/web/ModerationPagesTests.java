package com.cadhire.web;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.moderation.ContactCases;
import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import com.cadhire.support.WebSession;
import com.cadhire.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contact information in the chat on the pages: a refused message keeps its text and
 * shows what was found; the writer may send it hidden or hold it for a moderator; the
 * moderators' pages are theirs alone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ModerationPagesTests {

	private static final String WITH_EMAIL = "Drawings attached, write to emil.chat@example.com with questions";

	private static final Pattern MORE = Pattern.compile("href=\"(/moderation\\?cursor=[^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactCases cases;

	User client;

	User expert;

	String expertName;

	String applicationId;

	String conversationId;

	WebSession moderator;

	@BeforeEach
	void interview() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Cleo Client");
		this.expertName = "Ezra " + letters();
		this.expert = anonymous.signUp("EXPERT", this.expertName);
		String email = "mod-" + UUID.randomUUID() + "@example.test";
		this.accounts.createModerator(email, "moderator password", "Mona Moderator");
		this.moderator = WebSession.signedIn(this.port, email, "moderator password");
		String jobId = Fixtures.postJob(this.client);
		this.applicationId = this.expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
		this.conversationId = this.client.api()
			.post("/api/v1/applications/" + this.applicationId + "/reply", Map.of("body", "Hello Ezra"))
			.expect(200)
			.text("conversationId");
	}

	@Test
	void aRefusedMessageKeepsItsTextAndShowsWhatWasFoundAndWhy() {
		WebSession web = expertOnTheApplication();
		Page refused = web.post(messages(), Map.of("body", WITH_EMAIL, "from", "1"));
		assertThat(refused.status()).isEqualTo(302);
		Page page = web.get("/applications/" + this.applicationId);
		assertThat(page.body()).contains(">" + WITH_EMAIL + "</textarea>")
			.contains("<mark")
			.contains("emil.chat@example.com")
			.contains("Send with contact details hidden")
			.contains("This is not contact information")
			.contains("name=\"contactHandling\" value=\"MASK\"")
			.contains("name=\"contactHandling\" value=\"HOLD\"");

		Page htmx = web.post(messages(), Map.of("body", WITH_EMAIL, "from", "1"), Map.of("HX-Request", "true"));
		assertThat(htmx.status()).isEqualTo(200);
		assertThat(htmx.body()).contains("id=\"chat-form\"")
			.contains(">" + WITH_EMAIL + "</textarea>")
			.contains("<mark")
			.contains("value=\"MASK\"");
		assertThat(this.client.api().get("/api/v1/conversations/" + this.conversationId + "/messages").body())
			.doesNotContain("emil.chat");
	}

	@Test
	void sendingHiddenStoresAMaskedMessageAndOpensACase() {
		WebSession web = expertOnTheApplication();
		Page sent = web.post(messages(), Map.of("body", WITH_EMAIL, "from", "1", "contactHandling", "MASK"));
		assertThat(sent.status()).isEqualTo(302);
		assertThat(web.get("/applications/" + this.applicationId).body())
			.contains("Sent with the contact details hidden")
			.contains("Drawings attached, write to")
			.doesNotContain("emil.chat@example.com");
		String stored = this.client.api().get("/api/v1/conversations/" + this.conversationId + "/messages").body();
		assertThat(stored).contains("Drawings attached").doesNotContain("emil.chat");

		String queue = queueWith(this.expert);
		assertThat(queue).contains("Drawings attached, write to")
			.contains(this.expertName)
			.contains("EMAIL")
			.doesNotContain("emil.chat@example.com");
	}

	@Test
	void heldMessagesTellTheWriterAndAModeratorReleasesThem() {
		WebSession web = expertOnTheApplication();
		Page held = web.post(messages(), Map.of("body", WITH_EMAIL, "from", "1", "contactHandling", "HOLD"),
				Map.of("HX-Request", "true"));
		assertThat(held.status()).isEqualTo(200);
		assertThat(held.body()).contains("until a moderator reviews it");

		String caseId = caseOf(queueWith(this.expert));
		Page detail = this.moderator.get("/moderation/cases/" + caseId);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.body()).contains("emil.chat@example.com").contains("<mark").contains("id=\"release\"");
		assertThat(this.cases.reads(UUID.fromString(caseId))).isEqualTo(1);

		Page released = this.moderator.post("/moderation/cases/" + caseId + "/release", Map.of());
		assertThat(released.status()).isEqualTo(302);
		assertThat(released.location()).endsWith("/moderation");
		assertThat(this.moderator.get("/moderation/cases/" + caseId).body())
			.contains("Released: the original is shown");
		assertThat(this.client.api().get("/api/v1/conversations/" + this.conversationId + "/messages").body())
			.contains("emil.chat@example.com");

		Page again = this.moderator.post("/moderation/cases/" + caseId + "/confirm", Map.of());
		assertThat(again.location()).endsWith("/moderation/cases/" + caseId);
	}

	@Test
	void moderatorPagesRenderForModeratorsOnly() {
		expertOnTheApplication().post(messages(), Map.of("body", WITH_EMAIL, "from", "1", "contactHandling", "MASK"));
		String caseId = caseOf(queueWith(this.expert));
		assertThat(this.moderator.get("/").location()).endsWith("/moderation");
		for (String path : new String[] { "/moderation", "/moderation/flagged", "/moderation/cases/" + caseId }) {
			Page page = this.moderator.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).contains("href=\"/moderation\"").doesNotContain("Something went wrong");
		}
		for (User user : new User[] { this.client, this.expert }) {
			WebSession web = WebSession.signedIn(this.port, user.email(), user.password());
			assertThat(web.get("/jobs").body()).doesNotContain("href=\"/moderation\"");
			for (String path : new String[] { "/moderation", "/moderation/flagged", "/moderation/cases/" + caseId,
					"/moderation?cursor=x" }) {
				assertThat(web.get(path).status()).as(path).isEqualTo(404);
			}
			assertThat(web.post("/moderation/cases/" + caseId + "/confirm", Map.of()).status()).isEqualTo(404);
		}
		assertThat(this.cases.reads(UUID.fromString(caseId))).isEqualTo(1);
	}

	/**
	 * The queue page (following "show more") that lists a case of the writer: the queue
	 * is shared with other tests.
	 */
	private String queueWith(User writer) {
		String path = "/moderation";
		for (int i = 0; i < 50; i++) {
			Page page = this.moderator.get(path);
			assertThat(page.status()).isEqualTo(200);
			if (page.body().contains(this.expertName)) {
				return page.body();
			}
			Matcher more = MORE.matcher(page.body());
			assertThat(more.find()).as("the writer's case in the queue").isTrue();
			path = more.group(1);
		}
		throw new AssertionError("queue too long");
	}

	private static String letters() {
		StringBuilder name = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			name.append((char) ('a' + Character.digit(c, 16)));
		}
		return "Q" + name;
	}

	private WebSession expertOnTheApplication() {
		WebSession web = WebSession.signedIn(this.port, this.expert.email(), this.expert.password());
		web.get("/applications/" + this.applicationId);
		return web;
	}

	private String messages() {
		return "/conversations/" + this.conversationId + "/messages";
	}

	/** The writer's first case on a queue page. */
	private String caseOf(String html) {
		Matcher matcher = Pattern
			.compile("/moderation/cases/([0-9a-f-]{36})\"[^<]*</a>\\s*<div class=\"item-meta\">\\s*<span>"
					+ Pattern.quote(this.expertName) + "<")
			.matcher(html);
		assertThat(matcher.find()).as("a case of the writer").isTrue();
		return matcher.group(1);
	}

}
