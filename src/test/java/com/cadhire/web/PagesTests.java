package com.cadhire.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import com.cadhire.support.WebSession;
import com.cadhire.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page renders for the people who may see it, answers 404 to everyone else, and
 * re-renders forms with what was typed and what to fix.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PagesTests {

	@LocalServerPort
	int port;

	User client;

	User expert;

	User stranger;

	String jobId;

	String pendingInviteId;

	String chatApplicationId;

	String conversationId;

	String hiredApplicationId;

	String contractId;

	@BeforeEach
	void funnel() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Cora Client");
		this.expert = anonymous.signUp("EXPERT", "Eli Expert");
		this.stranger = anonymous.signUp("EXPERT", "Stan Stranger");
		this.expert.api()
			.put("/api/v1/me/profile",
					Map.of("headline", "Mechanical designer", "bio", "Sheet metal and DFM.", "skills",
							List.of("solidworks", "sheet metal"), "hourlyRate", "45.00", "acceptingInvites", true))
			.expect(200);
		this.jobId = Fixtures.postJob(this.client);
		this.pendingInviteId = Fixtures.invite(this.client, this.jobId, this.expert);

		String chatJob = Fixtures.postJob(this.client);
		String chatInvite = Fixtures.invite(this.client, chatJob, this.expert);
		Api.Response chatFirst = this.expert.api()
			.post("/api/v1/invites/" + chatInvite + "/accept", Map.of("mode", "CHAT_FIRST"))
			.expect(200);
		this.chatApplicationId = chatFirst.text("applicationId");
		this.conversationId = chatFirst.text("conversationId");
		this.client.api()
			.post("/api/v1/conversations/" + this.conversationId + "/messages",
					Map.of("body", "Hello, can you start Monday?", "clientMessageId", UUID.randomUUID().toString()))
			.expect(201);

		String hireJob = Fixtures.postJob(this.client);
		String hireInvite = Fixtures.invite(this.client, hireJob, this.expert);
		this.hiredApplicationId = this.expert.api()
			.post("/api/v1/invites/" + hireInvite + "/accept", Map.of("mode", "AS_PROPOSED"))
			.expect(200)
			.text("applicationId");
		this.client.api()
			.post("/api/v1/applications/" + this.hiredApplicationId + "/reply", Map.of("body", "Welcome aboard."))
			.expect(200);
		Map<String, Object> offer = new HashMap<>();
		offer.put("basedOnVersion", 1);
		offer.put("message", "Offer");
		String offerId = this.client.api()
			.post("/api/v1/applications/" + this.hiredApplicationId + "/offers", offer)
			.expect(201)
			.text("id");
		this.contractId = this.expert.api()
			.post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 1))
			.expect(201)
			.text("contractId");
	}

	@Test
	void everyClientPageRenders() {
		WebSession web = WebSession.signedIn(this.port, this.client.email(), this.client.password());
		assertThat(web.get("/").location()).endsWith("/jobs/mine");
		for (String path : List.of("/jobs/mine", "/jobs/new", "/jobs", "/jobs/" + this.jobId, "/experts",
				"/experts?q=mechanical&skill=solidworks", "/experts/" + this.expert.id(),
				"/experts/" + this.expert.id() + "/invite?rate=45.00", "/invites/" + this.pendingInviteId,
				"/applications/" + this.chatApplicationId, "/applications/" + this.hiredApplicationId, "/contracts",
				"/contracts/" + this.contractId)) {
			assertRenders(web, path);
		}
		assertThat(web.get("/jobs/" + this.jobId).body()).contains("Eli Expert").contains("Invites sent");
	}

	@Test
	void everyExpertPageRenders() {
		WebSession web = WebSession.signedIn(this.port, this.expert.email(), this.expert.password());
		assertThat(web.get("/").location()).endsWith("/my/job-applications");
		String interviews = web.get("/my/job-applications?section=interviewsInProgress").body();
		assertThat(interviews).contains("Bracket redesign").contains("1 unread");
		assertThat(web.get("/applications/" + this.chatApplicationId).body()).contains("Hello, can you start Monday?")
			.contains("New messages");
		for (String path : List.of("/my/job-applications", "/my/job-applications?section=interviewsInProgress",
				"/my/job-applications?section=applications", "/my/job-applications?section=archive",
				"/my/job-applications/tabs?section=archive", "/invites/" + this.pendingInviteId,
				"/applications/" + this.chatApplicationId, "/applications/" + this.hiredApplicationId, "/profile",
				"/jobs", "/jobs/" + this.jobId, "/experts", "/contracts", "/contracts/" + this.contractId)) {
			assertRenders(web, path);
		}
	}

	@Test
	void chatRefreshAnswersNothingWhenNothingIsNew() {
		WebSession web = WebSession.signedIn(this.port, this.expert.email(), this.expert.password());
		Page fresh = web.get("/conversations/" + this.conversationId + "/live?from=1&known=0",
				Map.of("HX-Request", "true"));
		assertThat(fresh.status()).isEqualTo(200);
		assertThat(fresh.body()).contains("Hello, can you start Monday?").doesNotContain("<html");
		String known = fresh.body().replaceAll("(?s).*data-version=\"([0-9a-f.]+)\".*", "$1");
		Page idle = web.get("/conversations/" + this.conversationId + "/live?from=1&known=" + known,
				Map.of("HX-Request", "true"));
		assertThat(idle.status()).isEqualTo(204);
	}

	@Test
	void pagesOfOthersAnswer404() {
		WebSession stranger = WebSession.signedIn(this.port, this.stranger.email(), this.stranger.password());
		for (String path : List.of("/invites/" + this.pendingInviteId, "/applications/" + this.chatApplicationId,
				"/contracts/" + this.contractId, "/conversations/" + this.conversationId + "/live?from=1",
				"/applications/" + UUID.randomUUID(), "/applications/not-an-id", "/jobs/new", "/jobs/mine",
				"/experts/" + this.expert.id() + "/invite", "/no-such-page")) {
			Page page = stranger.get(path);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).doesNotContain("Exception").doesNotContain("at com.cadhire");
		}
		WebSession client = WebSession.signedIn(this.port, this.client.email(), this.client.password());
		for (String path : List.of("/my/job-applications", "/profile", "/experts/" + this.client.id())) {
			assertThat(client.get(path).status()).as(path).isEqualTo(404);
		}
	}

	@Test
	void signUpShowsATakenEmailNextToTheFieldAndKeepsWhatWasTyped() {
		WebSession web = WebSession.anonymous(this.port);
		web.get("/signup");
		Page taken = web.post("/signup", Map.of("email", this.client.email(), "password", "long enough password",
				"displayName", "Second Cora", "role", "CLIENT"));
		assertThat(taken.status()).isEqualTo(422);
		assertThat(taken.body()).contains("An account with this e-mail address exists already")
			.contains("sign in with it; otherwise use another e-mail address")
			.contains("value=\"Second Cora\"")
			.contains("email-error");
		// the owner's password still works
		WebSession.signedIn(this.port, this.client.email(), this.client.password());
	}

	@Test
	void signUpSignsTheNewUserIn() {
		WebSession web = WebSession.anonymous(this.port);
		web.get("/signup");
		String email = "new-" + UUID.randomUUID() + "@example.test";
		Page created = web.post("/signup", Map.of("email", email, "password", "long enough password", "displayName",
				"Nora New", "role", "EXPERT"));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).endsWith("/profile?welcome");
		assertThat(web.get("/profile").body()).contains("Nora New");
	}

	@Test
	void signUpRefusesContactDetailsInTheNameNextToTheField() {
		WebSession web = WebSession.anonymous(this.port);
		web.get("/signup");
		Page refused = web.post("/signup", Map.of("email", "new-" + UUID.randomUUID() + "@example.test", "password",
				"long enough password", "displayName", "Nora 415 555 0134", "role", "EXPERT"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("displayName-error").contains("value=\"Nora 415 555 0134\"");
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndSaysWhatToFix() {
		WebSession web = WebSession.signedIn(this.port, this.client.email(), this.client.password());
		web.get("/jobs/new");
		Page page = web.post("/jobs", Map.of("title", "", "description", "Model a gearbox housing", "skills",
				"SolidWorks", "rateType", "HOURLY", "budget", "2", "currency", "USD", "visibility", "PUBLIC"));
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.body()).contains("Model a gearbox housing").contains("title-error").contains("budget-error");

		web.get("/applications/" + this.chatApplicationId);
		Page terms = web.post("/applications/" + this.chatApplicationId + "/terms",
				Map.of("basedOnVersion", "1", "terms.rateType", "HOURLY", "terms.amount", "3.00", "terms.currency",
						"USD", "terms.weeklyHourLimit", "20"));
		assertThat(terms.status()).isEqualTo(422);
		assertThat(terms.body()).contains("terms.amount-error").contains("value=\"3.00\"");
	}

	@Test
	void anEmptyJobFormSaysEverythingToFixAtOnceInWordsForPeople() {
		WebSession web = WebSession.signedIn(this.port, this.client.email(), this.client.password());
		web.get("/jobs/new");
		Page page = web.post("/jobs", Map.of("title", "", "description", "", "skills", "", "rateType", "HOURLY",
				"budget", "", "currency", "USD", "visibility", "PUBLIC"));
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.body()).contains("title-error")
			.contains("description-error")
			.contains("budget-error")
			.contains("Enter a title of up to 120 characters.")
			.contains("Describe the work in up to")
			.contains("Enter a budget: the hourly rate you offer, at least 8.00.")
			.doesNotContain("title must be")
			.doesNotContain("budget must be");
	}

	@Test
	void theContractPageShowsTheAgreedTermsTheMoneyAndWhereTheyCameFrom() {
		WebSession web = WebSession.signedIn(this.port, this.client.email(), this.client.password());
		String body = web.get("/contracts/" + this.contractId).body();
		assertThat(body).contains("id=\"contract-rate\">$45.00/hr<")
			.contains("id=\"contract-weekly-limit\"")
			.contains("id=\"contract-start\"")
			.contains("id=\"contract-duration\">14 days<")
			.contains("STEP and PDF drawings")
			.contains("id=\"contract-client-pays\">$45.00/hr<")
			.contains("id=\"contract-expert-receives\">$40.50/hr<")
			.contains("Offer version 1, terms version 1")
			.contains("id=\"buyout-state\"")
			.contains("Not requested");
	}

	@Test
	void irreversibleActionsAskFirstAndSayWhatHappens() {
		WebSession client = WebSession.signedIn(this.port, this.client.email(), this.client.password());
		String contract = client.get("/contracts/" + this.contractId).body();
		// with JavaScript: dialogs on the page; without: links to a confirmation page
		assertThat(contract).contains("<dialog class=\"confirm-dialog\" id=\"confirm-request-buyout\"")
			.contains("href=\"/contracts/" + this.contractId + "/buyout\"")
			.contains("<dialog class=\"confirm-dialog\" id=\"confirm-end\"");
		// the fee of a year's full-time work at $45/hr: 12% of 2,080 h x $45 = $11,232.00
		Page buyout = client.get("/contracts/" + this.contractId + "/buyout");
		assertThat(buyout.status()).isEqualTo(200);
		assertThat(buyout.body()).contains("Request Direct Hire?")
			.contains("one-time Direct Hire fee of $11,232.00")
			.contains("share e-mail addresses, phone numbers")
			.contains("action=\"/contracts/" + this.contractId + "/buyout\"");
		// asking is not acting
		assertThat(client.get("/contracts/" + this.contractId).body()).contains("Not requested");
		assertThat(client.get("/contracts/" + this.contractId + "/end").body()).contains("End the contract?")
			.contains("ends for both of you")
			.contains("This cannot be undone.");
		Page close = client.get("/jobs/" + this.jobId + "/close");
		assertThat(close.status()).isEqualTo(200);
		assertThat(close.body()).contains("The pending invite expires.")
			.contains("Experts can no longer find the job or apply to it.");
		assertThat(client.get("/jobs/" + this.jobId).body())
			.contains("<dialog class=\"confirm-dialog\" id=\"confirm-close\"");

		// the expert cannot request a buyout: the question leads back to the contract
		WebSession expert = WebSession.signedIn(this.port, this.expert.email(), this.expert.password());
		assertThat(expert.get("/contracts/" + this.contractId + "/buyout").location())
			.endsWith("/contracts/" + this.contractId);
		assertThat(client.post("/contracts/" + this.contractId + "/buyout", Map.of()).status()).isEqualTo(302);
		Page confirm = expert.get("/contracts/" + this.contractId + "/buyout/confirm");
		assertThat(confirm.body()).contains("Confirm Direct Hire?").contains("Cora Client pays a one-time");
	}

	@Test
	void aStaleTermsVersionIsRefusedWithTheCurrentOneShown() {
		WebSession web = WebSession.signedIn(this.port, this.expert.email(), this.expert.password());
		web.get("/applications/" + this.chatApplicationId);
		Page stale = web.post("/applications/" + this.chatApplicationId + "/terms",
				Map.of("basedOnVersion", "0", "terms.rateType", "HOURLY", "terms.amount", "50.00", "terms.currency",
						"USD", "terms.weeklyHourLimit", "20"));
		assertThat(stale.status()).isEqualTo(422);
		assertThat(stale.body()).contains("Current terms (version 1)").contains("alert-error");
	}

	@Test
	void theExpertEditsTheCoverLetterAndEitherPartyEndsAContract() {
		WebSession expertWeb = WebSession.signedIn(this.port, this.expert.email(), this.expert.password());
		expertWeb.get("/applications/" + this.chatApplicationId);
		Page saved = expertWeb.post("/applications/" + this.chatApplicationId + "/cover-letter",
				Map.of("message", "I have modelled forty gearbox housings in SolidWorks."));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(expertWeb.get("/applications/" + this.chatApplicationId).body())
			.contains("I have modelled forty gearbox housings in SolidWorks.")
			.contains("Your cover letter is saved.");
		Page refused = expertWeb.post("/applications/" + this.chatApplicationId + "/cover-letter",
				Map.of("message", "Mail me at eli.expert@example.com"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("<mark").contains("Mail me at eli.expert@example.com</textarea>");

		WebSession clientWeb = WebSession.signedIn(this.port, this.client.email(), this.client.password());
		assertThat(clientWeb.get("/contracts/" + this.contractId).body()).contains("id=\"end-contract\"");
		Page ended = clientWeb.post("/contracts/" + this.contractId + "/end", Map.of());
		assertThat(ended.status()).isEqualTo(302);
		assertThat(clientWeb.get("/contracts/" + this.contractId).body()).contains("The contract has ended.")
			.doesNotContain("id=\"end-contract\"");
	}

	@Test
	void theClientChangesAnOpenOfferAndTheExpertAsksForChangesWithNewTerms() {
		String job = Fixtures.postJob(this.client);
		String applicationId = this.expert.api()
			.post("/api/v1/jobs/" + job + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
		this.client.api().post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "Hello")).expect(200);
		Map<String, Object> offer = new HashMap<>();
		offer.put("basedOnVersion", 1);
		offer.put("message", "First offer");
		String offerId = this.client.api()
			.post("/api/v1/applications/" + applicationId + "/offers", offer)
			.expect(201)
			.text("id");

		WebSession clientWeb = WebSession.signedIn(this.port, this.client.email(), this.client.password());
		assertThat(clientWeb.get("/applications/" + applicationId).body()).contains("id=\"modify-offer\"");
		Page modified = clientWeb.post("/offers/" + offerId + "/modify",
				Map.of("basedOnVersion", "1", "message", "Better offer", "proposeTerms", "true", "newTerms.rateType",
						"HOURLY", "newTerms.amount", "45.00", "newTerms.currency", "USD", "newTerms.weeklyHourLimit",
						"10"));
		assertThat(modified.status()).as(modified.body()).isEqualTo(302);
		assertThat(clientWeb.get("/applications/" + applicationId).body()).contains("Better offer")
			.contains("Current terms (version 2)");

		WebSession expertWeb = WebSession.signedIn(this.port, this.expert.email(), this.expert.password());
		expertWeb.get("/applications/" + applicationId);
		Page changes = expertWeb.post("/offers/" + offerId + "/request-changes",
				Map.of("message", "A little more, please", "proposeTerms", "true", "counter.rateType", "HOURLY",
						"counter.amount", "50.00", "counter.currency", "USD", "counter.weeklyHourLimit", "10"));
		assertThat(changes.status()).as(changes.body()).isEqualTo(302);
		assertThat(expertWeb.get("/applications/" + applicationId).body()).contains("A little more, please")
			.contains("Current terms (version 3)");
	}

	@Test
	void bothRolesSeeAndSaveTheirNotificationSettings() {
		for (User user : List.of(this.client, this.expert)) {
			WebSession web = WebSession.signedIn(this.port, user.email(), user.password());
			Page page = web.get("/settings/notifications");
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("E-mail notifications")
				.contains("href=\"/settings/notifications\"")
				.containsPattern(checked("unreadMessages-BATCHED"));
			Page saved = web.post("/settings/notifications",
					Map.of("unreadMessages", "OFF", "termsProposed", "BATCHED", "contractStarted", "NONSENSE"));
			assertThat(saved.status()).isEqualTo(302);
			assertThat(saved.location()).endsWith("/settings/notifications");
			Page after = web.get("/settings/notifications");
			assertThat(after.body()).contains("Your choices are saved.")
				.containsPattern(checked("unreadMessages-OFF"))
				.containsPattern(checked("termsProposed-BATCHED"))
				.containsPattern(checked("contractStarted-IMMEDIATE"))
				.doesNotContainPattern(checked("unreadMessages-BATCHED"));
			Api.Response api = user.api().get("/api/v1/me/notification-settings").expect(200);
			assertThat(api.text("unreadMessages")).isEqualTo("OFF");
			assertThat(api.text("termsProposed")).isEqualTo("BATCHED");
		}
	}

	@Test
	void anAuthorEditsAndDeletesTheirOwnMessageOnThePageAndTheOtherPartySeesIt() {
		String messageId = this.expert.api()
			.post("/api/v1/conversations/" + this.conversationId + "/messages",
					Map.of("body", "Monday works for me.", "clientMessageId", UUID.randomUUID().toString()))
			.expect(201)
			.text("id");
		String base = "/conversations/" + this.conversationId + "/messages/" + messageId;
		Map<String, String> htmx = Map.of("HX-Request", "true");
		WebSession expertWeb = WebSession.signedIn(this.port, this.expert.email(), this.expert.password());
		String page = expertWeb.get("/applications/" + this.chatApplicationId).body();
		assertThat(page).contains("hx-get=\"" + base + "/edit\"").contains("action=\"" + base + "/delete\"");

		Page form = expertWeb.get(base + "/edit", htmx);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("edit-form").contains("Monday works for me.");
		Page edited = expertWeb.post(base + "/edit", Map.of("body", "Tuesday works better."), htmx);
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.body()).contains("Tuesday works better.").contains("edited").doesNotContain("<html");

		WebSession clientWeb = WebSession.signedIn(this.port, this.client.email(), this.client.password());
		String clientView = clientWeb.get("/conversations/" + this.conversationId + "/live?from=1", htmx).body();
		assertThat(clientView).contains("Tuesday works better.").contains("edited").doesNotContain(base + "/edit");

		Page deleted = expertWeb.post(base + "/delete", Map.of(), htmx);
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.body()).contains("This message was deleted.").doesNotContain("Tuesday works better.");
		// The other party's refresh notices the deletion, although no new message came.
		String known = clientView.replaceAll("(?s).*known=([0-9a-f.]+)\".*", "$1");
		Page refreshed = clientWeb.get("/conversations/" + this.conversationId + "/live?from=1&known=" + known, htmx);
		assertThat(refreshed.status()).isEqualTo(200);
		assertThat(refreshed.body()).contains("This message was deleted.").doesNotContain("Tuesday works better.");

		// Without htmx the delete form redirects back to the chat.
		String second = this.expert.api()
			.post("/api/v1/conversations/" + this.conversationId + "/messages",
					Map.of("body", "One more thing.", "clientMessageId", UUID.randomUUID().toString()))
			.expect(201)
			.text("id");
		expertWeb.get("/applications/" + this.chatApplicationId);
		Page plain = expertWeb.post("/conversations/" + this.conversationId + "/messages/" + second + "/delete",
				Map.of());
		assertThat(plain.status()).isEqualTo(302);
		assertThat(plain.location()).contains("/applications/" + this.chatApplicationId);
	}

	@Test
	void someoneElsesMessageCannotBeEditedOrDeletedOnThePage() {
		String clientMessage = this.client.api()
			.get("/api/v1/conversations/" + this.conversationId + "/messages")
			.expect(200)
			.json()
			.findParents("body")
			.stream()
			.filter((node) -> "Hello, can you start Monday?".equals(node.get("body").asString()))
			.map((node) -> node.get("id").asString())
			.findFirst()
			.orElseThrow();
		String base = "/conversations/" + this.conversationId + "/messages/" + clientMessage;
		WebSession expertWeb = WebSession.signedIn(this.port, this.expert.email(), this.expert.password());
		assertThat(expertWeb.get("/applications/" + this.chatApplicationId).body())
			.contains("Hello, can you start Monday?")
			.doesNotContain(base + "/edit");
		assertThat(expertWeb.get(base + "/edit", Map.of("HX-Request", "true")).status()).isEqualTo(403);
		assertThat(expertWeb.post(base + "/edit", Map.of("body", "Changed"), Map.of("HX-Request", "true")).status())
			.isEqualTo(403);
		assertThat(expertWeb.post(base + "/delete", Map.of()).status()).isEqualTo(403);
		WebSession strangerWeb = WebSession.signedIn(this.port, this.stranger.email(), this.stranger.password());
		strangerWeb.get("/settings/notifications");
		assertThat(strangerWeb.post(base + "/edit", Map.of("body", "Changed")).status()).isEqualTo(404);
		assertThat(strangerWeb.post(base + "/delete", Map.of()).status()).isEqualTo(404);
		assertThat(this.client.api().get("/api/v1/conversations/" + this.conversationId + "/messages").body())
			.contains("Hello, can you start Monday?");
	}

	private static String checked(String id) {
		return "id=\"" + id + "\"[^>]*checked";
	}

	private static void assertRenders(WebSession web, String path) {
		Page page = web.get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		assertThat(page.body()).as(path).doesNotContain("Something went wrong");
	}

}
