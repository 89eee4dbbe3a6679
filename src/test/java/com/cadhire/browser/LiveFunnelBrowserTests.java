package com.cadhire.browser;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import com.cadhire.support.MutableClock;
import com.cadhire.hiring.ExpiryJob;
import com.cadhire.live.LiveCleanup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A client and an expert, each in their own Chromium, look at the same funnel pages side
 * by side. Whatever one of them (or a moderator) changes reaches the other one's open
 * page within 2 seconds, without a reload: every wait on the watching side is a
 * {@link WebDriverWait} of 2 s, started once the acting side's own page shows its change.
 * The two browsers and accounts are shared by the tests of this class; each test starts
 * on a job of its own.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LiveFunnelBrowserTests {

	/** How long the other party's page may take to show a change. */
	static final Duration LIVE = Duration.ofSeconds(2);

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ExpiryJob expiry;

	@Autowired
	LiveCleanup cleanup;

	WebDriver client;

	WebDriver expert;

	User clientUser;

	User expertUser;

	Api moderator;

	String expertName;

	@BeforeAll
	void openTwoBrowsers() throws Exception {
		assumeTrue(Browsers.available(), "Chromium and chromedriver are not installed");
		Api anonymous = Api.anonymous(this.port);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		this.clientUser = anonymous.signUp("CLIENT", "Clara Live " + suffix);
		this.expertName = "Ewan Live " + suffix;
		this.expertUser = anonymous.signUp("EXPERT", this.expertName);
		String email = "mod-" + UUID.randomUUID() + "@example.test";
		this.accounts.createModerator(email, "moderator password", "Mo Live");
		this.moderator = anonymous.withToken(anonymous.withBasic(email, "moderator password")
			.post("/api/v1/me/tokens", Map.of("name", "browser tests"))
			.expect(201)
			.text("token"));
		this.client = Browsers.open();
		this.expert = Browsers.open();
		signIn(this.client, this.clientUser);
		signIn(this.expert, this.expertUser);
	}

	@AfterAll
	void closeBrowsers() {
		if (this.client != null) {
			this.client.quit();
		}
		if (this.expert != null) {
			this.expert.quit();
		}
	}

	// --- the application page
	// ------------------------------------------------------------------------

	@Test
	void termsTheExpertProposesShowOnTheClientsPageWithTheOfferButtonForTheNewVersion() {
		String applicationId = interview();
		open(this.client, "/applications/" + applicationId);
		open(this.expert, "/applications/" + applicationId);
		assertThat(text(this.client, "#terms")).contains("Current terms (version 1)")
			.contains("Send offer on terms version 1");

		this.expert.findElement(By.cssSelector("#propose summary")).click();
		WebElement amount = this.expert.findElement(By.id("terms.amount"));
		amount.clear();
		amount.sendKeys("52.00");
		this.expert.findElement(By.id("propose-submit")).click();
		slow(this.expert).until(textIn("#terms", "Current terms (version 2)"));

		live(this.client).until(textIn("#terms", "Current terms (version 2)"));
		live(this.client).until(textIn("#send-offer", "Send offer on terms version 2"));
		assertThat(text(this.client, "#terms")).contains("$52.00/hr");
	}

	@Test
	void requestChangesThenModifyThenAcceptCompletesThroughThePagesAlone() {
		String applicationId = interview();
		open(this.client, "/applications/" + applicationId);
		open(this.expert, "/applications/" + applicationId);

		// the client sends an offer: the expert's page shows the offer card with its
		// answers
		this.client.findElement(By.id("offer-message")).sendKeys("Happy to start next week.");
		this.client.findElement(By.id("send-offer")).click();
		slow(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("offer")));
		live(this.expert).until(textIn("#offer", "Happy to start next week."));
		live(this.expert).until(textIn("#accept-offer", "Accept offer (version 1)"));
		assertThat(text(this.expert, "#offer")).contains("expires");

		// the expert asks for changes: the client's page offers to change or cancel the
		// offer
		this.expert.findElement(By.cssSelector("summary[data-action=request-changes]")).click();
		this.expert.findElement(By.id("changes-message")).sendKeys("Could we cap it at 15 hours a week?");
		this.expert.findElement(By.cssSelector("form[action$='/request-changes'] button[type=submit]")).click();
		slow(this.expert).until(ExpectedConditions.presenceOfElementLocated(By.id("changes-requested")));
		assertThat(this.expert.findElements(By.id("accept-offer"))).isEmpty();
		live(this.client).until(textIn("#changes-requested", "Could we cap it at 15 hours a week?"));
		live(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("modify-offer")));
		assertThat(this.client.findElements(By.id("cancel-offer"))).hasSize(1);
		assertThat(text(this.client, "#offer")).doesNotContain("expires");

		// the client changes the offer: the expert's page offers to accept version 2
		this.client.findElement(By.cssSelector("#modify-offer summary")).click();
		WebElement message = this.client.findElement(By.id("modify-message"));
		message.clear();
		message.sendKeys("Capped at 15 hours a week.");
		this.client.findElement(By.id("modify-offer-submit")).click();
		slow(this.client).until(textIn("#offer", "Capped at 15 hours a week."));
		live(this.expert).until(textIn("#accept-offer", "Accept offer (version 2)"));
		assertThat(text(this.expert, "#offer")).contains("Capped at 15 hours a week.");

		// the expert accepts: the client's page shows the contract banner
		this.expert.findElement(By.id("accept-offer")).click();
		slow(this.expert).until(ExpectedConditions.urlContains("/contracts/"));
		live(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("contract-banner")));
		live(this.client).until(textIn("#offer", "Accepted"));
		assertThat(text(this.client, "#offer")).doesNotContain("expires");
		assertThat(this.client.findElements(By.id("modify-offer"))).isEmpty();
		assertThat(this.client.findElements(By.id("cancel-offer"))).isEmpty();
		this.client.findElement(By.id("open-contract")).click();
		slow(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("contract-terms")));
	}

	@Test
	void aCancelledOfferNoLongerExpiresOnEitherPage() {
		String applicationId = interview();
		offer(applicationId);
		open(this.client, "/applications/" + applicationId);
		open(this.expert, "/applications/" + applicationId);
		assertThat(text(this.client, "#offer")).contains("expires");

		this.client.findElement(By.id("cancel-offer")).click();
		slow(this.client).until(textIn("#offer", "Cancelled"));
		assertThat(text(this.client, "#offer")).doesNotContain("expires");
		live(this.expert).until(textIn("#offer", "Cancelled"));
		assertThat(text(this.expert, "#offer")).doesNotContain("expires");
		assertThat(this.expert.findElements(By.id("accept-offer"))).isEmpty();
		// after a cancel the negotiation goes on: the client may send a new offer
		assertThat(this.client.findElements(By.id("send-offer"))).hasSize(1);
	}

	@Test
	void theClientsReplyOpensTheChatOnTheExpertsSubmittedApplication() {
		String applicationId = submitted();
		open(this.expert, "/applications/" + applicationId);
		open(this.client, "/applications/" + applicationId);
		assertThat(this.expert.findElements(By.id("chat-not-yet"))).hasSize(1);

		slow(this.client).until(ExpectedConditions.elementToBeClickable(By.id("reply-message")))
			.sendKeys("Thanks, let us talk about the flanges.");
		this.client.findElement(By.id("reply-submit")).click();
		slow(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("chat-body")));

		live(this.expert).until(ExpectedConditions.presenceOfElementLocated(By.id("chat-body")));
		live(this.expert).until(textIn("#chat-live", "let us talk about the flanges"));
		live(this.expert).until(textIn("#app-head", "Interviewing"));
		assertThat(this.expert.findElements(By.id("chat-not-yet"))).isEmpty();
	}

	@Test
	void aPanelRefreshedWhileTheClientTypesKeepsTheDraftAndLinksToTheCurrentTerms() {
		String applicationId = interview();
		open(this.client, "/applications/" + applicationId);
		this.client.findElement(By.id("offer-message")).sendKeys("My draft, half written");

		propose(applicationId, 1, "61.00");

		WebElement notice = live(this.client)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#terms [data-stale-notice]")));
		assertThat(notice.getText()).contains("The terms changed: version 2 is current.");
		assertThat(this.client.findElement(By.id("offer-message")).getAttribute("value"))
			.isEqualTo("My draft, half written");

		// the link shows the current terms beside the page that keeps the draft
		String page = this.client.getWindowHandle();
		notice.findElement(By.tagName("a")).click();
		slow(this.client).until(ExpectedConditions.numberOfWindowsToBe(2));
		String review = this.client.getWindowHandles().stream().filter((h) -> !h.equals(page)).findFirst().get();
		this.client.switchTo().window(review);
		slow(this.client).until(textIn("#terms", "Current terms (version 2)"));
		assertThat(text(this.client, "#terms")).contains("$61.00/hr").contains("Send offer on terms version 2");
		this.client.close();
		this.client.switchTo().window(page);
		assertThat(this.client.findElement(By.id("offer-message")).getAttribute("value"))
			.isEqualTo("My draft, half written");
	}

	// --- chat
	// ------------------------------------------------------------------------

	@Test
	void aMessageAModeratorReleasesShowsItsOriginalTextToTheClient() {
		// an expert of their own: after a Direct Hire (another test) the shared pair may
		// exchange contact details, and nothing would be masked
		User writer = Api.anonymous(this.port).signUp("EXPERT", "Wren Writer");
		String applicationId = interview(writer);
		String conversationId = conversationOf(applicationId);
		open(this.client, "/applications/" + applicationId);
		JsonNode sent = message(writer, conversationId, "Mail the STEP files to wren.writer@example.com", "MASK");
		assertThat(sent.get("body").asString()).contains("[contact details hidden]");
		live(this.client).until(textIn("#chat-live", "[contact details hidden]"));
		assertThat(text(this.client, "#chat-live")).doesNotContain("wren.writer@example.com");

		String caseId = null;
		for (JsonNode item : this.moderator.get("/api/v1/moderation/cases?limit=100").expect(200).json().get("items")) {
			if (sent.get("id").asString().equals(item.get("messageId").asString())) {
				caseId = item.get("id").asString();
			}
		}
		assertThat(caseId).isNotNull();
		this.moderator.post("/api/v1/moderation/cases/" + caseId + "/release").expect(204);

		live(this.client).until(textIn("#chat-live", "Mail the STEP files to wren.writer@example.com"));
		assertThat(text(this.client, "#chat-live")).doesNotContain("[contact details hidden]");
	}

	@Test
	void aMessageEditedAndThenDeletedChangesOnTheOtherPartysPage() {
		String applicationId = interview();
		String conversationId = conversationOf(applicationId);
		open(this.client, "/applications/" + applicationId);
		String messageId = message(this.expertUser, conversationId, "The flange is 2 mm thick", null).get("id")
			.asString();
		live(this.client).until(textIn("#chat-live", "The flange is 2 mm thick"));

		this.expertUser.api()
			.put("/api/v1/conversations/" + conversationId + "/messages/" + messageId,
					Map.of("body", "The flange is 3 mm thick"))
			.expect(200);
		live(this.client).until(textIn("#chat-live", "The flange is 3 mm thick"));
		assertThat(text(this.client, "#chat-live")).doesNotContain("2 mm thick").contains("edited");

		this.expertUser.api().delete("/api/v1/conversations/" + conversationId + "/messages/" + messageId).expect(204);
		live(this.client).until(textIn("#chat-live", "This message was deleted."));
		assertThat(text(this.client, "#chat-live")).doesNotContain("3 mm thick");
	}

	// --- contracts
	// ------------------------------------------------------------------------

	@Test
	void theContractPageFollowsDirectHireRequestedConfirmedAndTheEnd() {
		String contractId = contract();
		open(this.client, "/contracts/" + contractId);
		open(this.expert, "/contracts/" + contractId);
		assertThat(this.expert.findElements(By.id("confirm-buyout"))).isEmpty();

		this.client.findElement(By.id("request-buyout")).click();
		// an irreversible step asks first, stating the fee
		slow(this.client).until(ExpectedConditions.elementToBeClickable(By.id("request-buyout-confirm"))).click();
		slow(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("buyout-fee")));
		live(this.expert).until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-buyout")));
		assertThat(text(this.expert, "#buyout")).contains("Buyout fee");

		this.expert.findElement(By.id("confirm-buyout")).click();
		slow(this.expert).until(ExpectedConditions.elementToBeClickable(By.id("confirm-buyout-confirm"))).click();
		slow(this.expert).until(textIn("#buyout", "Direct Hire is active"));
		live(this.client).until(textIn("#buyout", "Direct Hire is active"));
		assertThat(text(this.client, "#buyout")).doesNotContain("Waiting for the expert");

		this.client.findElement(By.id("end-contract")).click();
		slow(this.client).until(ExpectedConditions.elementToBeClickable(By.id("end-contract-confirm"))).click();
		slow(this.client).until(ExpectedConditions.invisibilityOfElementLocated(By.id("end-contract")));
		live(this.expert).until(textIn("#contract-panel .page-head", "Ended"));
		assertThat(this.expert.findElements(By.id("end-contract"))).isEmpty();
	}

	// --- invites, lists and the job page
	// ------------------------------------------------------------------------

	@Test
	void aWithdrawnInviteChangesTheExpertsOpenInvitePage() {
		String jobId = Fixtures.postJob(this.clientUser);
		String inviteId = Fixtures.invite(this.clientUser, jobId, this.expertUser);
		open(this.expert, "/invites/" + inviteId);
		assertThat(this.expert.findElements(By.id("chat-first"))).hasSize(1);

		this.clientUser.api().post("/api/v1/invites/" + inviteId + "/withdraw").expect(200);

		live(this.expert).until(textIn("#invite-panel .page-head", "Withdrawn"));
		live(this.expert).until(ExpectedConditions.invisibilityOfElementLocated(By.id("chat-first")));
	}

	@Test
	void anInviteThatExpiresChangesTheExpertsOpenInvitePage() {
		String jobId = Fixtures.postJob(this.clientUser);
		String inviteId = Fixtures.invite(this.clientUser, jobId, this.expertUser);
		open(this.expert, "/invites/" + inviteId);
		assertThat(this.expert.findElements(By.id("chat-first"))).hasSize(1);
		try {
			// an invite nobody answers expires after 30 days
			this.clock.advance(Duration.ofDays(31));
			assertThat(this.expiry.run()).isPositive();

			live(this.expert).until(textIn("#invite-panel .page-head", "Expired"));
			live(this.expert).until(ExpectedConditions.invisibilityOfElementLocated(By.id("chat-first")));
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void myJobApplicationsShowsANewInviteInTheListAndTheTabCountTogether() {
		String title = "Pump housing " + UUID.randomUUID().toString().substring(0, 6);
		String jobId = this.clientUser.api().post("/api/v1/jobs", Fixtures.job(title, "PUBLIC")).expect(201).text("id");
		open(this.expert, "/my/job-applications?section=unansweredInvites");
		int before = count(this.expert, "#tab-unansweredInvites .count");

		Fixtures.invite(this.clientUser, jobId, this.expertUser);

		live(this.expert).until(textIn("#funnel section", title));
		assertThat(count(this.expert, "#tab-unansweredInvites .count")).isEqualTo(before + 1);
		assertThat(text(this.expert, "#funnel section")).doesNotContain("No invites waiting");
	}

	@Test
	void theClientsJobPageShowsANewApplicantAndAnAnsweredInvite() {
		String jobId = Fixtures.postJob(this.clientUser);
		String inviteId = Fixtures.invite(this.clientUser, jobId, this.expertUser);
		open(this.client, "/jobs/" + jobId);
		assertThat(text(this.client, "#invites")).contains("Pending");
		assertThat(count(this.client, "#applicants .count")).isZero();

		this.expertUser.api().post("/api/v1/invites/" + inviteId + "/accept", Map.of("mode", "CHAT_FIRST")).expect(200);
		live(this.client).until(textIn("#invites", "Accepted"));
		live(this.client).until(textIn("#applicants", this.expertName));
		assertThat(count(this.client, "#applicants .count")).isEqualTo(1);
	}

	@Test
	void aNewApplicationAppearsOnTheClientsJobPage() {
		String jobId = Fixtures.postJob(this.clientUser);
		open(this.client, "/jobs/" + jobId);
		assertThat(text(this.client, "#applicants")).contains("No applications yet");

		this.expertUser.api()
			.post("/api/v1/jobs/" + jobId + "/applications", Map.of("terms", Fixtures.hourly("47.00", 10)))
			.expect(201);

		live(this.client).until(textIn("#applicants", this.expertName));
		assertThat(text(this.client, "#applicants")).contains("$47.00/hr").doesNotContain("No applications yet");
	}

	// --- missed events
	// ------------------------------------------------------------------------

	@Test
	void aPageThatWasOfflineCatchesUpWhenItsStreamReconnects() {
		String applicationId = interview();
		open(this.client, "/applications/" + applicationId);
		offline(this.client, true);
		try {
			slow(this.client).until(liveIs("broken"));
			propose(applicationId, 1, "63.00");
		}
		finally {
			offline(this.client, false);
		}
		slow(this.client).until(liveIs("open"));
		live(this.client).until(textIn("#terms", "Current terms (version 2)"));
		assertThat(text(this.client, "#terms")).contains("$63.00/hr").contains("Send offer on terms version 2");
	}

	@Test
	void aPageWhoseMissedEventsAreGoneReloadsOnResyncAndAnExpiredOfferNoLongerSaysExpiresIn() {
		String applicationId = interview();
		offer(applicationId);
		open(this.expert, "/applications/" + applicationId);
		assertThat(text(this.expert, "#offer")).contains("expires");
		offline(this.expert, true);
		try {
			slow(this.expert).until(liveIs("broken"));
			// the offer expires while the page is offline, and the events it missed are
			// deleted: on reconnecting the stream can only say "resync"
			this.clock.advance(Duration.ofDays(8));
			assertThat(this.expiry.run()).isPositive();
			this.cleanup.run();
		}
		finally {
			offline(this.expert, false);
		}
		try {
			slow(this.expert).until(liveIs("open"));
			live(this.expert).until(textIn("#offer", "Expired"));
			assertThat(text(this.expert, "#offer")).doesNotContain("expires");
			assertThat(this.expert.findElements(By.id("accept-offer"))).isEmpty();
		}
		finally {
			this.clock.reset();
		}
	}

	// --- stale actions, errors and layout
	// ------------------------------------------------------------------------

	@Test
	void acceptingAnOfferTheClientCancelledMeanwhileIsExplainedInUserWords() {
		String applicationId = interview();
		String offerId = offer(applicationId);
		asleep(this.expert, () -> {
			this.expert.get(url("/applications/" + applicationId));
			assertThat(this.expert.findElements(By.id("accept-offer"))).hasSize(1);
			this.clientUser.api().post("/api/v1/offers/" + offerId + "/cancel").expect(200);
			this.expert.findElement(By.id("accept-offer")).click();
			WebElement error = slow(this.expert)
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-error")));
			assertThat(error.getText()).isEqualTo("The client cancelled this offer.");
			assertThat(this.expert.findElement(By.id("main")).getText()).doesNotContain("CANCELLED")
				.doesNotContain("cannot accept");
		});
	}

	@Test
	void answeringAnInviteTheClientWithdrewMeanwhileIsExplainedInUserWords() {
		String jobId = Fixtures.postJob(this.clientUser);
		String inviteId = Fixtures.invite(this.clientUser, jobId, this.expertUser);
		asleep(this.expert, () -> {
			this.expert.get(url("/invites/" + inviteId));
			this.clientUser.api().post("/api/v1/invites/" + inviteId + "/withdraw").expect(200);
			this.expert.findElement(By.id("chat-first")).click();
			WebElement error = slow(this.expert)
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-error")));
			assertThat(error.getText()).isEqualTo("The client withdrew this invite.");
			assertThat(this.expert.findElement(By.id("main")).getText()).doesNotContain("WITHDRAWN");
		});
	}

	@Test
	void theDeclineErrorAppearsOnceNextToTheDeclineForm() {
		String applicationId = submitted();
		this.client.get(url("/applications/" + applicationId));
		this.client.findElement(By.cssSelector("summary[data-action=decline]")).click();
		this.client.findElement(By.id("decline-application")).click();
		slow(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("reason-error")));

		List<WebElement> errors = this.client
			.findElements(By.cssSelector("#main .field-error, #main .alert-error, #main .findings"));
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getText()).isEqualTo("Choose a reason.");
		assertThat(errors.get(0).isDisplayed()).isTrue();
		WebElement form = this.client.findElement(By.cssSelector("form[action$='/decline']"));
		assertThat(form.findElements(By.id("reason-error"))).hasSize(1);
		assertThat(text(this.client, "#main")).containsOnlyOnce("Choose a reason.");
	}

	@Test
	void theFourTabsOfMyJobApplicationsFitAt1366PixelsWithoutClipping() {
		Dimension before = this.expert.manage().window().getSize();
		this.expert.manage().window().setSize(new Dimension(1366, 900));
		try {
			this.expert.get(url("/my/job-applications?section=archive"));
			@SuppressWarnings("unchecked")
			List<String> problems = (List<String>) ((JavascriptExecutor) this.expert).executeScript("""
					var problems = [];
					var nav = document.getElementById('funnel-tabs');
					var box = nav.getBoundingClientRect();
					if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
						problems.push('the page scrolls sideways');
					}
					if (nav.scrollWidth > nav.clientWidth + 1) {
						problems.push('the tab bar overflows: ' + nav.scrollWidth + ' > ' + nav.clientWidth);
					}
					var tabs = nav.querySelectorAll('a');
					if (tabs.length !== 4) {
						problems.push(tabs.length + ' tabs');
					}
					var top = tabs[0].getBoundingClientRect().top;
					tabs.forEach(function (tab) {
						var r = tab.getBoundingClientRect();
						var count = tab.querySelector('.count').getBoundingClientRect();
						if (r.left < box.left - 1 || r.right > box.right + 1) {
							problems.push(tab.id + ' sticks out of the tab bar');
						}
						if (Math.abs(r.top - top) > 1) {
							problems.push(tab.id + ' wrapped to a second line');
						}
						if (count.width < 1 || count.left < r.left - 1 || count.right > r.right + 1
								|| count.right > box.right + 1 || tab.scrollWidth > tab.clientWidth + 1) {
							problems.push(tab.id + ': its count is clipped');
						}
					});
					return problems;
					""");
			assertThat(problems).isEmpty();
			Browsers.screenshot(this.expert, "my-job-applications-1366");
		}
		finally {
			this.expert.manage().window().setSize(before);
		}
	}

	// --- helpers
	// ------------------------------------------------------------------------

	/** A submitted application of the expert to a new job of the client. */
	private String submitted() {
		return submitted(this.expertUser);
	}

	private String submitted(User expert) {
		String jobId = Fixtures.postJob(this.clientUser);
		return expert.api()
			.post("/api/v1/jobs/" + jobId + "/applications",
					Map.of("coverLetter", "Bracket designs are my trade.", "terms", Fixtures.hourly("40.00", 20)))
			.expect(201)
			.text("id");
	}

	/** An application the client replied to: the interview chat is open. */
	private String interview() {
		return interview(this.expertUser);
	}

	private String interview(User expert) {
		String applicationId = submitted(expert);
		this.clientUser.api()
			.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "Hello, let us talk."))
			.expect(200);
		return applicationId;
	}

	private String conversationOf(String applicationId) {
		return this.clientUser.api().get("/api/v1/applications/" + applicationId).expect(200).text("conversationId");
	}

	private void propose(String applicationId, int basedOn, String amount) {
		this.expertUser.api()
			.post("/api/v1/applications/" + applicationId + "/terms",
					Map.of("basedOnVersion", basedOn, "terms", Fixtures.hourly(amount, 20)))
			.expect(201);
	}

	/** The client's offer on the current terms; returns its id. */
	private String offer(String applicationId) {
		int version = this.clientUser.api()
			.get("/api/v1/applications/" + applicationId)
			.expect(200)
			.json()
			.get("termsVersion")
			.asInt();
		return this.clientUser.api()
			.post("/api/v1/applications/" + applicationId + "/offers", Map.of("basedOnVersion", version))
			.expect(201)
			.text("id");
	}

	/** A contract: an offer the expert accepted. */
	private String contract() {
		String offerId = offer(interview());
		return this.expertUser.api()
			.post("/api/v1/offers/" + offerId + "/accept", Map.of("version", 1))
			.expect(201)
			.text("contractId");
	}

	private JsonNode message(User sender, String conversationId, String body, String handling) {
		Map<String, Object> request = new HashMap<>();
		request.put("body", body);
		request.put("clientMessageId", UUID.randomUUID().toString());
		if (handling != null) {
			request.put("contactHandling", handling);
		}
		return sender.api().post("/api/v1/conversations/" + conversationId + "/messages", request).expect(201).json();
	}

	/** Emulates a lost network connection in the browser (or ends it). */
	private static void offline(WebDriver driver, boolean offline) {
		ChromeDriver chrome = (ChromeDriver) driver;
		chrome.executeCdpCommand("Network.enable", Map.of());
		chrome.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
	}

	/**
	 * Runs with pages that have no event stream (a page asleep in a background tab), so
	 * what they show may be stale when the user acts.
	 */
	private static void asleep(WebDriver driver, Runnable pages) {
		ChromeDriver chrome = (ChromeDriver) driver;
		Object id = chrome
			.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
					Map.of("source", "window.EventSource = undefined;"))
			.get("identifier");
		try {
			pages.run();
		}
		finally {
			chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
		}
	}

	private static ExpectedCondition<Boolean> liveIs(String state) {
		return (d) -> state.equals(
				((JavascriptExecutor) d).executeScript("return document.documentElement.getAttribute('data-live')"));
	}

	private void signIn(WebDriver driver, User user) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(user.email());
		driver.findElement(By.id("password")).sendKeys(user.password());
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		slow(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/**
	 * Opens a page and waits until its event stream is connected and the refresh that
	 * follows the stream's start is done, so that what happens next is a change the page
	 * has to follow, and the 2 s count from that change alone.
	 */
	private void open(WebDriver driver, String path) {
		driver.get(url(path));
		slow(driver).until(liveIs("open"));
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		slow(driver).until((d) -> Boolean.TRUE
			.equals(((JavascriptExecutor) d).executeScript("return document.querySelector('.htmx-request') === null")));
	}

	/**
	 * The text an element shows; read in one step, so a live swap cannot come between.
	 */
	private static String text(WebDriver driver, String css) {
		Object text = ((JavascriptExecutor) driver)
			.executeScript("var e = document.querySelector(arguments[0]); return e ? e.innerText : null;", css);
		assertThat(text).as("an element %s", css).isNotNull();
		return (String) text;
	}

	private static int count(WebDriver driver, String css) {
		return Integer.parseInt(text(driver, css).trim());
	}

	private static ExpectedCondition<Boolean> textIn(String css, String text) {
		return ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text);
	}

	/** The wait for the watching party: the change must show within 2 s. */
	private static WebDriverWait live(WebDriver driver) {
		return new WebDriverWait(driver, LIVE, Duration.ofMillis(50));
	}

	/** The wait for the acting party's own page (a form post and a page load). */
	private static WebDriverWait slow(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
