package org.mhaw.localevents.place;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.mhaw.events.localevent.SignUpConfirmed;
import org.mhaw.events.localevent.SignUpWaitlisted;
import org.mhaw.localevents.LocalEventsApplication;
import org.mhaw.localevents.LocalEventsClient;
import org.mhaw.localevents.log.PrivateTopics;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TestInfrastructure;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places survive a restart and the loss of Redis: a new instance folds the log again,
 * refuses the place that is not there, and announces a decision a crash left unannounced
 * exactly once.
 */
@RealInfrastructure
class PlacesRestartTests {

	@Test
	void aNewInstanceRebuildsThePlacesRefusesThePlaceThatIsNotThereAndAnnouncesWhatACrashLeftUnannounced() {
		String id;
		String firstSignUpLink = null;
		LocalEventsClient.Partner partner;
		try (ConfigurableApplicationContext first = start()) {
			LocalEventsClient client = client(first);
			partner = client.registerPartner("Heritage walkers");
			id = client.approve(first.getBean(EventPublisher.class),
					LocalEventsClient
						.json(client.submit(partner.apiKey(), LocalEventsClient.eventJson("Mill history walk", 2, "3")))
						.path("localEventId")
						.asString());
			for (int i = 0; i < 3; i++) {
				HttpResponse<String> answer = client.signUp(id, UUID.randomUUID().toString(), "Before " + i,
						"before" + i + "@example.org");
				assertThat(LocalEventsClient.json(answer).path("status").asString()).isEqualTo("CONFIRMED");
				firstSignUpLink = LocalEventsClient.json(answer).path("signUpUrl").asString();
			}
		}
		// As if the service took this request and stopped before deciding it...
		appendSignUpRequest(id, "req-crashed", "sup-crashed");
		// ...and Redis was lost too: nothing about places is kept there.
		forgetEverythingInRedis();

		try (ConfigurableApplicationContext second = start()) {
			LocalEventsClient client = client(second);

			HttpResponse<String> fifth = client.signUp(id, UUID.randomUUID().toString(), "After", "after@example.org");

			JsonNode answer = LocalEventsClient.json(fifth);
			assertThat(answer.path("status").asString()).isEqualTo("WAITLISTED");
			assertThat(answer.path("waitlistPosition").asInt()).isEqualTo(2);
			assertThat(LocalEventsClient.json(client.get("/api/events/" + id + "/places")).path("confirmed").asInt())
				.isEqualTo(3);
			JsonNode asThePartnerSeesIt = LocalEventsClient
				.json(client.get("/api/partner/events/" + id, partner.apiKey()));
			assertThat(asThePartnerSeesIt.path("status").asString()).as("partner, key and event survive the restart")
				.isEqualTo("APPROVED");
			assertThat(asThePartnerSeesIt.path("attendees")).hasSize(5);
			assertThat(LocalEventsClient.json(client.get("/api" + firstSignUpLink)).path("status").asString())
				.as("a sign-up link still works after the restart")
				.isEqualTo("CONFIRMED");
			List<Object> decisions = SignUpCapacityTests.decisionsFor(id);
			assertThat(SignUpCapacityTests.only(decisions, SignUpConfirmed.class)).as("no decision announced twice")
				.hasSize(3);
			List<SignUpWaitlisted> waitlisted = SignUpCapacityTests.only(decisions, SignUpWaitlisted.class);
			assertThat(waitlisted).extracting(SignUpWaitlisted::position)
				.as("the request the crash left undecided, announced once at start, then the new one")
				.containsExactly(1, 2);
			assertThat(waitlisted.get(0).supporterId()).isEqualTo("sup-crashed");
		}
	}

	private static ConfigurableApplicationContext start() {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		// Command-line arguments, so they win over application.properties as a
		// deployment's would.
		return new SpringApplicationBuilder(LocalEventsApplication.class).run("--server.port=0",
				"--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
				"--mhaw.redis.url=" + infrastructure.redisUrl(),
				"--mhaw.redis.key-prefix=" + infrastructure.redisKeyPrefix());
	}

	private static LocalEventsClient client(ConfigurableApplicationContext context) {
		return new LocalEventsClient(
				Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
	}

	private static void appendSignUpRequest(String localEventId, String requestId, String supporterId) {
		String record = """
				{"type":"places.sign-up-requested","localEventId":"%s","requestId":"%s","supporterId":"%s",
				 "name":"Crash test","email":"%s@example.org","accessNeeds":null,"shareWithOrganiser":false,
				 "requestedAt":"%s"}""".formatted(localEventId, requestId, supporterId, supporterId, Instant.now());
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(PrivateTopics.PLACES, localEventId, record)).get();
		}
		catch (InterruptedException | java.util.concurrent.ExecutionException ex) {
			throw new AssertionError(ex);
		}
	}

	private static void forgetEverythingInRedis() {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		try (RedisClient redis = RedisClient.create(infrastructure.redisUrl())) {
			String cursor = ScanParams.SCAN_POINTER_START;
			do {
				ScanResult<String> page = redis.scan(cursor,
						new ScanParams().match(infrastructure.redisKeyPrefix() + "*").count(1000));
				List<String> keys = page.getResult();
				if (!keys.isEmpty()) {
					redis.del(keys.toArray(String[]::new));
				}
				cursor = page.getCursor();
			}
			while (!cursor.equals(ScanParams.SCAN_POINTER_START));
		}
	}

}
