package org.mhaw.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocalRedisTests {

	@TempDir
	Path dir;

	@Test
	void usesRedisUrlFirstWithoutLookingElsewhere() throws IOException {
		URI nothingThere = freeLocalUri();

		try (LocalRedis redis = LocalRedis.choose(Map.of("REDIS_URL", "redis://redis.example:6380"), nothingThere,
				this.dir)) {
			assertThat(redis.url()).isEqualTo(URI.create("redis://redis.example:6380"));
			assertThat(redis.embedded()).isFalse();
			assertThat(redis.description()).isEqualTo("from REDIS_URL");
		}
	}

	@Test
	void usesTheRedisAlreadyAnsweringHereBeforeStartingOne(@TempDir Path otherDir) throws IOException {
		try (LocalRedis alreadyRunning = LocalRedis.choose(Map.of(), freeLocalUri(), otherDir);
				LocalRedis chosen = LocalRedis.choose(Map.of(), alreadyRunning.url(), this.dir)) {
			assertThat(chosen.url()).isEqualTo(alreadyRunning.url());
			assertThat(chosen.embedded()).isFalse();
			assertThat(chosen.description()).isEqualTo("already running here");
		}
	}

	@Test
	void startsAnEmbeddedRedisThatKeepsItsDataInTheFolderAndNeverEvicts() throws IOException {
		try (LocalRedis redis = LocalRedis.choose(Map.of(), freeLocalUri(), this.dir);
				Jedis jedis = new Jedis(redis.url(), 2000)) {
			assertThat(redis.embedded()).isTrue();
			assertThat(jedis.configGet("appendonly")).containsEntry("appendonly", "yes");
			assertThat(jedis.configGet("maxmemory-policy")).containsEntry("maxmemory-policy", "noeviction");
			assertThat(Path.of(jedis.configGet("dir").get("dir")).toRealPath()).isEqualTo(this.dir.toRealPath());
		}
	}

	@Test
	void namesThePortWhenSomethingElseHoldsIt() throws IOException {
		try (ServerSocket notRedis = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			URI local = URI.create("redis://127.0.0.1:" + notRedis.getLocalPort());

			assertThatExceptionOfType(LauncherException.class)
				.isThrownBy(() -> LocalRedis.choose(Map.of(), local, this.dir))
				.withMessageContaining("Port " + notRedis.getLocalPort() + " (Redis)");
		}
	}

	private static URI freeLocalUri() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return URI.create("redis://127.0.0.1:" + socket.getLocalPort());
		}
	}

}
