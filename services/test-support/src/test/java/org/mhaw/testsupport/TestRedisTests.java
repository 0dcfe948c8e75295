package org.mhaw.testsupport;

import java.net.URI;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

import static org.assertj.core.api.Assertions.assertThat;

class TestRedisTests {

	@Test
	void aPortNobodyListensOnDoesNotCountAsRedis() {
		assertThat(TestRedis.answers(URI.create("redis://127.0.0.1:1"))).isFalse();
	}

	@Test
	void embeddedRedisIsARealServerOnAFreePortAndStopsCleanly() {
		TestRedis redis = TestRedis.embedded();
		try (Jedis jedis = new Jedis(redis.url())) {
			jedis.set("embedded-check", "ok");

			assertThat(jedis.get("embedded-check")).isEqualTo("ok");
			assertThat(redis.url().getPort()).isNotEqualTo(6379);
		}
		finally {
			redis.stop();
		}
		assertThat(TestRedis.answers(redis.url())).isFalse();
	}

	@Test
	void cleanUpRemovesOnlyThisRunsKeys() {
		TestRedis redis = TestRedis.embedded();
		try (Jedis jedis = new Jedis(redis.url())) {
			jedis.set("run-a:counter:1", "1");
			jedis.set("run-a:counter:2", "2");
			jedis.set("run-b:counter:1", "3");

			redis.deleteKeysStartingWith("run-a:");

			assertThat(jedis.keys("*")).containsExactly("run-b:counter:1");
		}
		finally {
			redis.stop();
		}
	}

}
