package com.cadhire.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests, driven by the system chromedriver; no
 * browser or driver is ever downloaded.
 */
final class Browsers {

	static final File DRIVER = new File("/usr/bin/chromedriver");

	static final File BROWSER = new File("/usr/bin/chromium");

	static final Dimension DESKTOP = new Dimension(1280, 900);

	static final Dimension PHONE = new Dimension(390, 844);

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Browsers() {
	}

	static boolean available() {
		return DRIVER.canExecute() && BROWSER.canExecute();
	}

	private static ChromeDriverService service() throws IOException {
		System.setProperty("webdriver.chrome.driver", DRIVER.getAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		service.start();
		return service;
	}

	/**
	 * A new browser with its own driver process and a fresh profile; quitting the browser
	 * stops its driver.
	 */
	static WebDriver open() throws IOException {
		ChromeDriverService service = service();
		Path profile = Files.createTempDirectory("cadhire-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900", "--lang=en-US");
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().window().setSize(DESKTOP);
		return driver;
	}

	/**
	 * Saves what the browser shows at desktop and at phone width.
	 */
	static void screenshots(WebDriver driver, String name) {
		screenshot(driver, name + "-desktop");
		driver.manage().window().setSize(PHONE);
		screenshot(driver, name + "-phone");
		driver.manage().window().setSize(DESKTOP);
	}

	static void screenshot(WebDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			Files.write(SCREENSHOTS.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
