package org.mhaw.donations;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs {@code target/donations.jar} as it ships ({@code java -jar}, its own classpath:
 * Jackson 3 only) against the test broker and Redis, and takes one donation end to end.
 * Run by failsafe after the jar is repackaged; the tests on the test classpath cannot see
 * a jar that fails to start or to serialise.
 */
@RealInfrastructure
class PackagedAppTests {

	@Test
	void packagedJarTakesADonationFromRequestToReceived() throws Exception {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		int port = freePort();
		Path jar = Path.of(System.getProperty("donations.jar", "target/donations.jar"));
		File log = Path.of("target", "packaged-app.log").toFile();
		Process app = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString(), "--server.port=" + port,
				"--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
				"--mhaw.redis.url=" + infrastructure.redisUrl(),
				"--mhaw.redis.key-prefix=" + infrastructure.redisKeyPrefix(),
				"--mhaw.donations.payments.sandbox.delay=50ms"))
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		try {
			DonationsHttp http = new DonationsHttp(port);
			await().atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(500))
				.untilAsserted(() -> assertThat(app.isAlive() && ready(http)).as("ready; see " + log).isTrue());
			String key = Donations.newKey();

			HttpResponse<String> created = http.postJson("/api/donations", key, Donations.withGiftAidAndMessage(3000));

			assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(Donations.received(Donations.idFor(key))).singleElement()
					.satisfies((received) -> assertThat(received.giftAid()).isTrue()));
			assertThat(http.get("/donate").body()).contains("Give to Mental Health Awareness Week");
		}
		finally {
			app.destroy();
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	private static boolean ready(DonationsHttp http) {
		try {
			return http.get("/actuator/health/readiness").statusCode() == 200;
		}
		catch (AssertionError ex) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
