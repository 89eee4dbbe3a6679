package com.cadhire.browser;

import java.time.Duration;
import java.util.Map;

import com.cadhire.support.Api;
import com.cadhire.support.Api.User;
import com.cadhire.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An expert types an e-mail address in the chat: the message is refused in place (no
 * reload), the text stays with the address highlighted, and "send hidden" delivers it
 * masked.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContactInTheChatBrowserTests {

	@LocalServerPort
	int port;

	WebDriver expert;

	@BeforeAll
	static void requireChromium() {
		assumeTrue(Browsers.available(), "Chromium and chromedriver are not installed");
	}

	@AfterEach
	void closeBrowser() {
		if (this.expert != null) {
			this.expert.quit();
		}
	}

	@Test
	void refusedThenSentHidden() throws Exception {
		Api anonymous = Api.anonymous(this.port);
		User client = anonymous.signUp("CLIENT", "Chloe Client");
		User expertUser = anonymous.signUp("EXPERT", "Emre Expert");
		String jobId = Fixtures.postJob(client);
		String applicationId = expertUser.api()
			.post("/api/v1/jobs/" + jobId + "/applications", Map.of("terms", Fixtures.hourly("40.00", 10)))
			.expect(201)
			.text("id");
		String conversationId = client.api()
			.post("/api/v1/applications/" + applicationId + "/reply", Map.of("body", "Hello Emre"))
			.expect(200)
			.text("conversationId");

		this.expert = Browsers.open();
		this.expert.get(url("/login"));
		this.expert.findElement(By.id("username")).sendKeys(expertUser.email());
		this.expert.findElement(By.id("password")).sendKeys(expertUser.password());
		this.expert.findElement(By.cssSelector("form button[type=submit]")).click();
		wait(this.expert).until(ExpectedConditions.urlContains("/my/job-applications"));
		this.expert.get(url("/applications/" + applicationId));
		this.expert.findElement(By.id("chat-body")).sendKeys("Send the STEP files to emre.expert@example.com please");
		this.expert.findElement(By.id("chat-body")).sendKeys(Keys.ENTER);

		wait(this.expert).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chat-refusal mark")));
		assertThat(this.expert.findElement(By.cssSelector(".chat-refusal")).getText())
			.contains("emre.expert@example.com");
		assertThat(this.expert.findElement(By.id("chat-body")).getAttribute("value"))
			.isEqualTo("Send the STEP files to emre.expert@example.com please");
		Browsers.screenshots(this.expert, "chat-contact-refused");

		this.expert.findElement(By.cssSelector("button[name=contactHandling][value=MASK]")).click();
		wait(this.expert).until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-form"),
				"Sent with the contact details hidden"));
		wait(this.expert)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-live"), "Send the STEP files to"));
		assertThat(this.expert.findElement(By.id("chat-live")).getText()).doesNotContain("emre.expert@example.com");
		assertThat(this.expert.findElement(By.id("chat-body")).getAttribute("value")).isEmpty();
		assertThat(client.api().get("/api/v1/conversations/" + conversationId + "/messages").body())
			.contains("Send the STEP files to")
			.doesNotContain("emre.expert@example.com");
	}

	private static WebDriverWait wait(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
