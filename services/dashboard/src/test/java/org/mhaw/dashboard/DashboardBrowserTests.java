package org.mhaw.dashboard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real headless Chromium on the staff dashboard: a donation arrives and the total on
 * the page changes without a reload. Skipped (and reported as skipped) where Debian's
 * {@code chromium} and {@code chromium-driver} are not installed.
 */
@DashboardTest
@EnabledIf("browserInstalled")
class DashboardBrowserTests {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	@Autowired
	private KafkaTemplate<String, EventEnvelope> kafka;

	@LocalServerPort
	private int port;

	private WebDriver browser;

	private Path profile;

	static boolean browserInstalled() {
		return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
	}

	@BeforeEach
	void openBrowser() throws IOException {
		this.profile = Files.createTempDirectory("mhaw-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

	@Test
	void theTotalOnTheDashboardChangesWithoutAReloadWhenADonationArrives() {
		signInAsStaff();
		this.browser.get(url("/dashboard"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.browser.findElement(By.id("connection")).getText().startsWith("Live"));
		String before = raised();
		Object marker = markThePage();

		CampaignEvents campaign = new CampaignEvents(this.kafka, 31);
		campaign.send(List.of(campaign.donation(123_456, Region.LONDON, Instant.now())));

		await().atMost(Duration.ofSeconds(20)).until(() -> !raised().equals(before));
		assertThat(((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("return window.mhawMarker"))
			.as("the page was not reloaded")
			.isEqualTo(marker);
	}

	private void signInAsStaff() {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("staff");
		this.browser.findElement(By.id("password")).sendKeys(StaffClient.PASSWORD);
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private Object markThePage() {
		return ((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("window.mhawMarker = 'still-the-same-page'; return window.mhawMarker;");
	}

	private String raised() {
		return this.browser.findElement(By.id("raised")).getText();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
