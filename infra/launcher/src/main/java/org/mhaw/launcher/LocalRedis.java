package org.mhaw.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * Redis for the embedded default, in the documented order: {@code REDIS_URL}, else the
 * Redis on {@code 127.0.0.1:6379} if it answers, else an embedded Redis that keeps its
 * data in the data folder (append-only file) and never evicts.
 */
final class LocalRedis implements AutoCloseable {

	static final URI LOCAL = URI.create("redis://127.0.0.1:6379");

	private final URI url;

	private final String description;

	private final RedisServer embedded;

	private LocalRedis(URI url, String description, RedisServer embedded) {
		this.url = url;
		this.description = description;
		this.embedded = embedded;
	}

	static LocalRedis choose(Path dir) throws IOException {
		String configured = System.getenv("REDIS_URL");
		if (configured != null && !configured.isBlank()) {
			return new LocalRedis(URI.create(configured), "from REDIS_URL", null);
		}
		if (answers(LOCAL)) {
			return new LocalRedis(LOCAL, "already running here", null);
		}
		Files.createDirectories(dir);
		RedisServer server = RedisServer.newRedisServer()
			.port(6379)
			.bind("127.0.0.1")
			.setting("dir " + dir)
			.setting("appendonly yes")
			.setting("maxmemory-policy noeviction")
			.build();
		server.start();
		return new LocalRedis(LOCAL, "embedded, data in " + dir, server);
	}

	static boolean answers(URI url) {
		try (Jedis jedis = new Jedis(url, 500)) {
			return "PONG".equals(jedis.ping());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	URI url() {
		return this.url;
	}

	String description() {
		return this.description;
	}

	@Override
	public void close() throws IOException {
		if (this.embedded != null) {
			this.embedded.stop();
		}
	}

}
