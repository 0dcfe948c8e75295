package org.mhaw.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mhaw.launcher.Platform;
import org.mhaw.launcher.PlatformPorts;
import org.mhaw.launcher.demo.CampaignDemo;
import org.mhaw.launcher.demo.DemoOutcome;
import org.mhaw.launcher.demo.DemoPlan;
import org.mhaw.launcher.demo.DemoTally;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform as {@code infra/run} starts it — a real KRaft broker from the Kafka jars,
 * Redis, and the five packaged service jars, each in its own JVM — on free ports with a
 * fresh data folder, then a short campaign week played through the public APIs. The
 * dashboard's totals must equal the demo's own tally.
 */
class PlatformEndToEndTests {

	private static final Path ROOT = Path.of(System.getProperty("mhaw.root", "../..")).toAbsolutePath().normalize();

	private Platform platform;

	@AfterEach
	void stopEverythingAndForgetTheRedisKeys() {
		if (this.platform == null) {
			return;
		}
		URI redis = this.platform.redisUrl();
		String prefix = this.platform.redisKeyPrefix();
		this.platform.close();
		if (redis != null && prefix != null) {
			deleteKeys(redis, prefix);
		}
	}

	@Test
	void aShortCampaignWeekEndsWithTheDashboardShowingTheDemosOwnTally() throws Exception {
		// given the platform, started as infra/run starts it
		Path data = Files.createDirectories(ROOT.resolve("infra/e2e/target/e2e-data-" + System.currentTimeMillis()));
		Map<String, String> env = new HashMap<>();
		if (System.getenv("REDIS_URL") != null) {
			env.put("REDIS_URL", System.getenv("REDIS_URL"));
		}
		this.platform = new Platform(ROOT, data, PlatformPorts.free(), env);
		this.platform.start();

		// when a short week is played through the public APIs
		DemoOutcome outcome = new CampaignDemo(this.platform.demoTargets(), DemoPlan.quick(), System.out).run();

		// then the demo saw every kind of traffic accepted
		DemoTally tally = outcome.tally();
		assertThat(tally.donations()).isPositive();
		assertThat(tally.giftAidedPence()).isPositive();
		assertThat(tally.refunds()).isEqualTo(DemoPlan.quick().refunds());
		assertThat(tally.pledgesMade()).isPositive();
		assertThat(tally.pledgesWithdrawn()).isPositive();
		assertThat(tally.eventsApproved()).isEqualTo(DemoPlan.quick().events() - 1);
		assertThat(tally.signUpsConfirmed()).isPositive();
		assertThat(tally.signUpsWaitlisted()).isPositive();
		assertThat(tally.signUpsCancelled()).isEqualTo(DemoPlan.quick().cancellations());
		assertThat(tally.tipReads()).isEqualTo(DemoPlan.quick().tipReads());
		assertThat(outcome.differences()).isEmpty();
		// and the dashboard, read here on its own, shows exactly that tally
		JsonNode totals = totals();
		assertThat(totals.path("donations").path("raisedPence").asLong()).isEqualTo(tally.raisedPence());
		assertThat(totals.path("donations").path("giftAidUpliftPence").asLong()).isEqualTo(tally.giftAidUpliftPence());
		assertThat(totals.path("donations").path("count").asLong()).isEqualTo(tally.donations());
		assertThat(totals.path("donations").path("supporters").asLong()).isEqualTo(tally.supporters());
		assertThat(totals.path("donations").path("refundedPence").asLong()).isEqualTo(tally.refundedPence());
		assertThat(totals.path("pledges").path("total").asLong()).isEqualTo(tally.pledgesHeld());
		assertThat(totals.path("localEvents").path("approved").asLong()).isEqualTo(tally.eventsApproved());
		assertThat(totals.path("signUps").path("confirmed").asLong()).isEqualTo(tally.signUpsConfirmed());
		assertThat(totals.path("signUps").path("waitlisted").asLong()).isEqualTo(tally.signUpsWaitlisted());
		assertThat(totals.path("signUps").path("cancelled").asLong()).isEqualTo(tally.signUpsCancelled());
		assertThat(totals.path("tips").path("reads").asLong()).isEqualTo(tally.tipReads());
	}

	private JsonNode totals() throws Exception {
		String staff = Base64.getEncoder()
			.encodeToString(("staff:" + this.platform.demoTargets().staffPassword()).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(this.platform.url("dashboard").resolve("/api/dashboard/totals"))
				.header("Authorization", "Basic " + staff)
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	/** The run's keys only: the prefix is named after this run's fresh Kafka log. */
	private static void deleteKeys(URI redis, String prefix) {
		try (RedisClient client = RedisClient.create(redis)) {
			String cursor = ScanParams.SCAN_POINTER_START;
			ScanParams match = new ScanParams().match(prefix + "*").count(500);
			do {
				ScanResult<String> page = client.scan(cursor, match);
				if (!page.getResult().isEmpty()) {
					client.del(page.getResult().toArray(String[]::new));
				}
				cursor = page.getCursor();
			}
			while (!ScanParams.SCAN_POINTER_START.equals(cursor));
		}
	}

}
