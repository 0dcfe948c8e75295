package org.mhaw.testsupport;

import java.net.URI;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The one switch between real infrastructure flavours for every module's tests, started
 * once per test JVM and reused by every test class in it.
 * <ul>
 * <li>Docker answers: Testcontainers ({@code apache/kafka} in KRaft mode,
 * {@code redis}).</li>
 * <li>No Docker (this machine, CI): an in-process KRaft broker, and Redis at
 * {@code REDIS_URL}, else {@code 127.0.0.1:6379} if it answers, else an embedded Redis on
 * a free port.</li>
 * </ul>
 * {@code -Dmhaw.test.infrastructure=containers|in-process} overrides the choice. Each run
 * writes only under its own Redis key prefix, and deletes those keys when the JVM exits,
 * so runs can share one Redis; Kafka is fresh per JVM (a new broker or container).
 */
public final class TestInfrastructure {

	private static final Logger logger = LoggerFactory.getLogger(TestInfrastructure.class);

	private static volatile TestInfrastructure instance;

	private final String kafkaBootstrapServers;

	private final URI redisUrl;

	private final String redisKeyPrefix;

	private TestInfrastructure(String kafkaBootstrapServers, URI redisUrl, String redisKeyPrefix) {
		this.kafkaBootstrapServers = kafkaBootstrapServers;
		this.redisUrl = redisUrl;
		this.redisKeyPrefix = redisKeyPrefix;
	}

	/**
	 * The running infrastructure, started on first use.
	 * @return the shared infrastructure of this test JVM
	 */
	public static TestInfrastructure get() {
		TestInfrastructure current = instance;
		if (current == null) {
			synchronized (TestInfrastructure.class) {
				current = instance;
				if (current == null) {
					current = start();
					instance = current;
				}
			}
		}
		return current;
	}

	private static TestInfrastructure start() {
		boolean containers = useContainers();
		String prefix = "mhaw-test:" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ":";
		TestKafka kafka = containers ? TestKafka.inContainer() : TestKafka.inProcess();
		TestRedis redis = containers ? TestRedis.inContainer() : TestRedis.local();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			redis.deleteKeysStartingWith(prefix);
			redis.stop();
			kafka.stop();
		}, "mhaw-test-infrastructure-stop"));
		logger.info("Real test infrastructure: Kafka {} at {}, Redis {} at {}, key prefix {}", kafka.kind(),
				kafka.bootstrapServers(), redis.kind(), redis.url(), prefix);
		return new TestInfrastructure(kafka.bootstrapServers(), redis.url(), prefix);
	}

	private static boolean useContainers() {
		String forced = System.getProperty("mhaw.test.infrastructure", "").toLowerCase(Locale.ROOT);
		return switch (forced) {
			case "containers" -> true;
			case "in-process" -> false;
			default -> dockerMayRun() && DockerClientFactory.instance().isDockerAvailable();
		};
	}

	/**
	 * Asks Testcontainers only where a Docker engine could be, sparing every run its
	 * failed probe.
	 */
	private static boolean dockerMayRun() {
		return System.getenv("DOCKER_HOST") != null
				|| java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
				|| java.nio.file.Files
					.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
				|| java.nio.file.Files
					.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
	}

	public String kafkaBootstrapServers() {
		return this.kafkaBootstrapServers;
	}

	public URI redisUrl() {
		return this.redisUrl;
	}

	/** This run's Redis key prefix, such as {@code mhaw-test:1f2e3d4c:}. */
	public String redisKeyPrefix() {
		return this.redisKeyPrefix;
	}

}
