package com.cadhire.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A client and an expert in two browsers go from sign-up to a contract, with the chat
 * updating without reloads; screenshots of the main pages land in target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HiringInTheBrowserTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	WebDriver client;

	WebDriver expert;

	@BeforeAll
	static void requireChromium() {
		assumeTrue(Browsers.available(), "Chromium and chromedriver are not installed");
	}

	@AfterEach
	void closeBrowsers() {
		if (this.client != null) {
			this.client.quit();
		}
		if (this.expert != null) {
			this.expert.quit();
		}
	}

	@Test
	void clientAndExpertGoFromInviteToContract() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String expertName = "Elena Expert " + suffix;
		this.expert = Browsers.open();
		this.client = Browsers.open();

		signUp(this.expert, "EXPERT", expertName);
		wait(this.expert).until(ExpectedConditions.urlContains("/profile"));
		this.expert.findElement(By.id("headline")).sendKeys("Mechanical designer — SolidWorks, sheet metal, DFM");
		this.expert.findElement(By.id("bio"))
			.sendKeys("Twelve years of enclosure and bracket design for motors and pumps. Drawings to ISO 2768.");
		this.expert.findElement(By.id("skills")).sendKeys("SolidWorks, Sheet metal, GD&T");
		this.expert.findElement(By.id("hourlyRate")).sendKeys("45.00");
		this.expert.findElement(By.id("save-profile")).click();
		wait(this.expert)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-ok"), "profile is saved"));
		Browsers.screenshots(this.expert, "profile-edit");

		signUp(this.client, "CLIENT", "Carla Client " + suffix);
		wait(this.client).until(ExpectedConditions.urlContains("/jobs/new"));
		String title = "Motor bracket redesign " + suffix;
		this.client.findElement(By.id("title")).sendKeys(title);
		this.client.findElement(By.id("description"))
			.sendKeys("Redesign a sheet-metal bracket for a 24 V motor; M6 holes, tolerances to ISO 2768-mK.");
		this.client.findElement(By.id("skills")).sendKeys("SolidWorks, Sheet metal");
		this.client.findElement(By.id("budget")).sendKeys("50");
		this.client.findElement(By.id("post-job")).click();
		wait(this.client).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));

		this.client.get(url("/experts"));
		// htmx searches while the user types; the results change without a reload.
		this.client.findElement(By.id("q")).sendKeys(expertName);
		wait(this.client).until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), expertName));
		wait(this.client).until(ExpectedConditions.urlContains("q="));
		assertThat(this.client.findElement(By.id("results")).getText()).contains("$45.00/hr");
		this.client.get(url("/experts"));
		Browsers.screenshots(this.client, "find-experts");
		this.client.get(url("/experts?q=" + suffix));
		this.client.findElement(By.cssSelector("#results a[id^=invite-]")).click();
		wait(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("send-invite")));
		new Select(this.client.findElement(By.id("jobId"))).selectByVisibleText(title);
		this.client.findElement(By.id("message")).sendKeys("Your bracket work looks like a fit. Could you take this?");
		assertThat(this.client.findElement(By.id("terms.amount")).getAttribute("value")).isEqualTo("45.00");
		this.client.findElement(By.id("send-invite")).click();
		wait(this.client).until(ExpectedConditions.textToBePresentInElementLocated(By.id("invites"), expertName));

		this.expert.get(url("/my/job-applications"));
		assertThat(this.expert.findElement(By.id("tab-unansweredInvites")).getText()).contains("1");
		Browsers.screenshots(this.expert, "my-job-applications");
		this.expert.findElement(By.linkText(title)).click();
		wait(this.expert).until(ExpectedConditions.presenceOfElementLocated(By.id("chat-first")));
		assertThat(this.expert.findElement(By.id("proposed-terms")).getText()).contains("$45.00/hr");
		Browsers.screenshots(this.expert, "invite");
		this.expert.findElement(By.id("chat-first")).click();
		wait(this.expert).until(ExpectedConditions.presenceOfElementLocated(By.id("chat-body")));
		send(this.expert, "Happy to help. Is the flange thickness fixed at 2 mm?");
		waitForMessage(this.expert, "flange thickness fixed");

		this.client.navigate().refresh();
		this.client.findElement(By.linkText("Open the application")).click();
		waitForMessage(this.client, "flange thickness fixed");
		send(this.client, "Yes, 2 mm stainless. Drawings as PDF and STEP please.");
		waitForMessage(this.client, "2 mm stainless");
		waitForMessage(this.expert, "2 mm stainless");
		send(this.expert, "Understood, I will propose terms now.");
		waitForMessage(this.client, "propose terms now");

		this.expert.findElement(By.cssSelector("#propose summary")).click();
		WebElement amount = this.expert.findElement(By.id("terms.amount"));
		amount.clear();
		amount.sendKeys("50.00");
		this.expert.findElement(By.id("propose-submit")).click();
		wait(this.expert).until(ExpectedConditions.textToBePresentInElementLocated(By.id("terms"), "version 2"));
		this.expert.findElement(By.id("submit-application")).click();
		wait(this.expert).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-ok"),
				"application is submitted"));

		this.client.navigate().refresh();
		wait(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("send-offer")));
		assertThat(this.client.findElement(By.id("terms")).getText()).contains("$50.00/hr").contains("Version 2");
		Browsers.screenshots(this.client, "interview");
		this.client.findElement(By.id("send-offer")).click();
		wait(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("offer")));

		this.expert.navigate().refresh();
		WebElement accept = wait(this.expert).until(ExpectedConditions.presenceOfElementLocated(By.id("accept-offer")));
		assertThat(accept.getText()).contains("version 1");
		accept.click();
		wait(this.expert).until(ExpectedConditions.urlContains("/contracts/"));
		assertThat(this.expert.findElement(By.id("contract-terms")).getText()).contains("$50.00/hr");

		this.client.navigate().refresh();
		this.client.findElement(By.id("open-contract")).click();
		wait(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("request-buyout")));
		this.client.findElement(By.id("request-buyout")).click();
		wait(this.client).until(ExpectedConditions.presenceOfElementLocated(By.id("buyout-fee")));
		Browsers.screenshots(this.client, "contract");
	}

	@Test
	void aFileSentInTheChatIsDownloadedByTheOtherParty() throws Exception {
		Api anonymous = Api.anonymous(this.port);
		User cora = anonymous.signUp("CLIENT", "Cora Client");
		User eli = anonymous.signUp("EXPERT", "Eli Expert");
		String jobId = Fixtures.postJob(cora);
		String inviteId = Fixtures.invite(cora, jobId, eli);
		String applicationId = eli.api()
			.post("/api/v1/invites/" + inviteId + "/accept", Map.of("mode", "CHAT_FIRST"))
			.expect(200)
			.text("applicationId");
		Path pdf = Files.createTempFile("bracket-drawing-", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n% bracket drawing\n%%EOF\n", StandardCharsets.US_ASCII);
		String fileName = pdf.getFileName().toString();

		this.expert = Browsers.open();
		signIn(this.expert, eli.email(), eli.password());
		this.expert.get(url("/applications/" + applicationId));
		wait(this.expert).until(ExpectedConditions.presenceOfElementLocated(By.id("chat-files")))
			.sendKeys(pdf.toAbsolutePath().toString());
		wait(this.expert).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#chat-form .upload.done input[name=attachmentIds]")));
		assertThat(this.expert.findElement(By.cssSelector("#chat-form .uploads")).getText()).contains(fileName);
		Browsers.screenshots(this.expert, "chat-attachment-ready");
		send(this.expert, "The current drawing is attached.");
		waitForMessage(this.expert, "current drawing is attached");
		wait(this.expert).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#chat-live .attachments"), fileName));
		assertThat(this.expert.findElements(By.cssSelector("#chat-form input[name=attachmentIds]"))).isEmpty();

		this.client = Browsers.open();
		signIn(this.client, cora.email(), cora.password());
		this.client.get(url("/applications/" + applicationId));
		waitForMessage(this.client, "current drawing is attached");
		WebElement link = this.client.findElement(By.cssSelector("#chat-live a.attachment-link"));
		assertThat(link.getText()).contains(fileName);
		assertThat(link.getDomAttribute("download")).isEqualTo(fileName);
		Browsers.screenshots(this.client, "chat-attachment-received");

		Cookie session = this.client.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
				.header("Cookie", "JSESSIONID=" + session.getValue())
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
			.contains(fileName);
		assertThat(new String(download.body(), StandardCharsets.US_ASCII)).startsWith("%PDF-");
		Files.deleteIfExists(pdf);
	}

	@Test
	void expertDeclinesAnInviteWithAReason() throws Exception {
		Api anonymous = Api.anonymous(this.port);
		User cora = anonymous.signUp("CLIENT", "Cora Client");
		User eli = anonymous.signUp("EXPERT", "Eli Expert");
		String jobId = Fixtures.postJob(cora);
		String inviteId = Fixtures.invite(cora, jobId, eli);

		this.expert = Browsers.open();
		signIn(this.expert, eli.email(), eli.password());
		this.expert.get(url("/invites/" + inviteId));
		this.expert.findElement(By.cssSelector("#decline summary")).click();
		this.expert.findElement(By.id("decline-submit")).click();
		wait(this.expert).until(ExpectedConditions.presenceOfElementLocated(By.id("reason-error")));
		new Select(this.expert.findElement(By.id("reason"))).selectByVisibleText("Too busy right now");
		this.expert.findElement(By.id("message")).sendKeys("Fully booked until next month, sorry.");
		this.expert.findElement(By.id("decline-submit")).click();
		wait(this.expert).until(ExpectedConditions.urlContains("section=archive"));
		assertThat(this.expert.findElement(By.cssSelector(".alert-ok")).getText()).contains("declined");
		assertThat(cora.api().get("/api/v1/invites/" + inviteId).expect(200).text("declineReason"))
			.isEqualTo("TOO_BUSY");
	}

	@Test
	void aWrongPasswordShowsAnError() throws Exception {
		User eli = Api.anonymous(this.port).signUp("EXPERT", "Eli Expert");
		this.expert = Browsers.open();
		this.expert.get(url("/login"));
		this.expert.findElement(By.id("username")).sendKeys(eli.email());
		this.expert.findElement(By.id("password")).sendKeys("not the password");
		this.expert.findElement(By.cssSelector("form button[type=submit]")).click();
		WebElement error = wait(this.expert).until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
		assertThat(error.getText()).contains("Wrong e-mail address or password");
		Browsers.screenshots(this.expert, "sign-in-error");
	}

	private void signUp(WebDriver driver, String role, String name) {
		driver.get(url("/signup?role=" + role));
		driver.findElement(By.cssSelector("input[name=role][value=" + role + "]")).click();
		driver.findElement(By.id("displayName")).sendKeys(name);
		driver.findElement(By.id("email"))
			.sendKeys(name.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + UUID.randomUUID() + "@example.test");
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	private void signIn(WebDriver driver, String email, String password) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		wait(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Types a message and sends it with Enter. */
	private static void send(WebDriver driver, String text) {
		WebElement body = wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("chat-body")));
		body.sendKeys(text);
		body.sendKeys(Keys.ENTER);
	}

	/** Waits for a message to appear in the chat, without reloading the page. */
	private static void waitForMessage(WebDriver driver, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#chat-live .messages"), text));
	}

	private static WebDriverWait wait(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
