package org.mhaw.testsupport;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;
import redis.clients.jedis.RedisClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The Docker flavour of the switch; skipped cleanly where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureTests {

	@Test
	void startsKafkaAndRedisContainers() {
		TestKafka kafka = TestKafka.inContainer();
		TestRedis redis = TestRedis.inContainer();
		try (RedisClient client = RedisClient.create(redis.url())) {
			assertThat(kafka.bootstrapServers()).isNotBlank();
			assertThat(client.ping()).isEqualTo("PONG");
			assertThat(TestRedis.answers(URI.create(redis.url().toString()))).isTrue();
		}
		finally {
			redis.stop();
			kafka.stop();
		}
	}

}
