package org.mhaw.donations;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.testsupport.TestInfrastructure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log is the system of record: a new instance (a restart, or a second instance behind
 * the proxy) rebuilds what donations knows from the topics before it takes requests, and
 * never publishes twice for a confirmation another instance (or it, before) applied.
 */
@DonationsTest
class RestartTests {

	@LocalServerPort
	private int port;

	@Test
	void newInstanceKnowsPendingDonationsAndDoesNotPublishAnAppliedWebhookAgain() {
		String key = Donations.newKey();
		String donationId = Donations.idFor(key);
		DonationsHttp first = new DonationsHttp(this.port);
		first.postJson("/api/donations", key, Donations.withGiftAidAndMessage(4200));
		String confirmation = Webhooks.succeeded(donationId, 4200);

		try (ConfigurableApplicationContext second = startInstance()) {
			DonationsHttp restarted = new DonationsHttp(portOf(second));
			assertThat(DonationsHttp.json(restarted.get("/api/donations/" + donationId)).path("status").asString())
				.isEqualTo("pending");
			assertThat(outcome(restarted.webhook(Webhooks.sign(confirmation), confirmation))).isEqualTo("applied");
			assertThat(outcome(first.webhook(Webhooks.sign(confirmation), confirmation))).isEqualTo("duplicate");
		}
		try (ConfigurableApplicationContext third = startInstance()) {
			DonationsHttp restarted = new DonationsHttp(portOf(third));
			assertThat(DonationsHttp.json(restarted.get("/api/donations/" + donationId)).path("status").asString())
				.isEqualTo("received");
			assertThat(outcome(restarted.webhook(Webhooks.sign(confirmation), confirmation))).isEqualTo("duplicate");
		}

		assertThat(Donations.received(donationId)).hasSize(1);
	}

	@Test
	void anInstanceWithRedisLostStillReadsWhatSupportersGave() {
		String key = Donations.newKey();
		String donationId = Donations.idFor(key);
		new DonationsHttp(this.port).postJson("/api/donations", key, Donations.withGiftAidAndMessage(4300));
		String confirmation = Webhooks.succeeded(donationId, 4300);

		try (ConfigurableApplicationContext emptyRedis = startInstance(
				TestInfrastructure.get().redisKeyPrefix() + "lost-" + UUID.randomUUID() + ":")) {
			DonationsHttp restarted = new DonationsHttp(portOf(emptyRedis));
			assertThat(outcome(restarted.webhook(Webhooks.sign(confirmation), confirmation))).isEqualTo("applied");
		}

		// The message for moderation was opened with the supporter's key, read from the
		// log: Redis, where keys used to live, had nothing.
		assertThat(Donations.eventsAbout(donationId)).map(EventEnvelope::payload)
			.filteredOn(ModerationRequested.class::isInstance)
			.map((event) -> ((ModerationRequested) event).text())
			.containsExactly("Walking together every Sunday");
	}

	private static String outcome(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return DonationsHttp.json(response).path("outcome").asString();
	}

	/** Another donations instance on the same broker and Redis, started from scratch. */
	private static ConfigurableApplicationContext startInstance() {
		return startInstance(TestInfrastructure.get().redisKeyPrefix());
	}

	private static ConfigurableApplicationContext startInstance(String redisKeyPrefix) {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		Map<String, Object> properties = Map.of("server.port", "0", "spring.kafka.bootstrap-servers",
				infrastructure.kafkaBootstrapServers(), "mhaw.redis.url", infrastructure.redisUrl().toString(),
				"mhaw.redis.key-prefix", redisKeyPrefix, "mhaw.rate-limit.enabled", "false",
				"mhaw.security.staff-password", DonationsHttp.STAFF_PASSWORD, "mhaw.donations.payments.webhook-secret",
				Webhooks.SECRET, "mhaw.donations.payments.sandbox.auto-confirm", "false");
		// As command-line arguments: they outrank application.properties (server.port
		// above all).
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(DonationsApplication.class).run(arguments);
	}

	private static int portOf(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

}
