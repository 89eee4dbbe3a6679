package com.cadhire.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every page at phone width (390 x 844), for a client, an expert and a moderator, on the
 * demo data: nothing scrolls sideways, the menu button opens the main menu, and a
 * screenshot of each page lands in target/screenshots (phone-*.png).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:demo-data;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
		"cadhire.demo-data.enabled=true" })
class PhoneWidthBrowserTests {

	private static final String PASSWORD = "cadhire-demo";

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeAll
	static void requireChromium() {
		assumeTrue(Browsers.available(), "Chromium and chromedriver are not installed");
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theClientsPagesFitAPhone() throws Exception {
		signIn("cora@cadhire.test");
		List<String> pages = new ArrayList<>(List.of("/jobs/mine", "/jobs/new", "/jobs", "/experts", "/experts?q=Erin",
				"/contracts", "/notifications", "/settings/notifications"));
		pages.add(firstLink("/jobs/mine", "a[href^='/jobs/']", "/jobs/"));
		checkAll("client", pages);
		checkMenu();
	}

	@Test
	void theExpertsPagesFitAPhone() throws Exception {
		signIn("erin@cadhire.test");
		List<String> pages = new ArrayList<>(List.of("/my/job-applications",
				"/my/job-applications?section=interviewsInProgress", "/my/job-applications?section=applications",
				"/my/job-applications?section=archive", "/profile", "/jobs", "/contracts", "/notifications"));
		pages.add(firstLink("/contracts", "a[href^='/contracts/']", "/contracts/"));
		pages.add(firstLink("/my/job-applications?section=interviewsInProgress", "a[href^='/applications/']",
				"/applications/"));
		checkAll("expert", pages);
		checkMenu();
	}

	@Test
	void theModeratorsPagesFitAPhone() throws Exception {
		signIn("mod@cadhire.test");
		checkAll("moderator", List.of("/moderation", "/moderation/flagged"));
	}

	private void checkAll(String who, List<String> paths) {
		for (String path : paths) {
			this.browser.get(url(path));
			wait(this.browser)
				.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
			Number overflow = (Number) ((JavascriptExecutor) this.browser)
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
			assertThat(overflow.intValue()).as(path + " scrolls sideways at 390 px").isLessThanOrEqualTo(1);
			Browsers.screenshot(this.browser, "phone-" + who + "-" + name(path));
		}
	}

	/** The menu button shows at phone width and opens the main menu. */
	private void checkMenu() {
		WebElement button = this.browser.findElement(By.id("menu-toggle"));
		assertThat(button.isDisplayed()).isTrue();
		button.click();
		wait(this.browser).until(ExpectedConditions.attributeToBe(By.id("menu-toggle"), "aria-expanded", "true"));
		List<WebElement> links = this.browser.findElements(By.cssSelector("#mainnav a"));
		assertThat(links).isNotEmpty().allSatisfy((link) -> assertThat(link.isDisplayed()).isTrue());
		Browsers.screenshot(this.browser, "phone-menu-open-" + name(this.browser.getCurrentUrl()));
	}

	/** The first link on a page that leads to one of the demo's items. */
	private String firstLink(String page, String selector, String prefix) {
		this.browser.get(url(page));
		for (WebElement link : this.browser.findElements(By.cssSelector(selector))) {
			String href = link.getDomAttribute("href");
			if (href != null && href.startsWith(prefix) && href.length() > prefix.length() + 30) {
				return href;
			}
		}
		throw new AssertionError("no link to " + prefix + " on " + page);
	}

	private void signIn(String email) throws Exception {
		this.browser = Browsers.open();
		this.browser.manage().window().setSize(Browsers.PHONE);
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait(this.browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return path.startsWith("http") ? path : "http://localhost:" + this.port + path;
	}

	private static String name(String path) {
		String name = path.replaceFirst("^https?://[^/]+", "")
			.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "item")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		return name.isEmpty() ? "home" : name;
	}

	private static WebDriverWait wait(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(20));
	}

}
