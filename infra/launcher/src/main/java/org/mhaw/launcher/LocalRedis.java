package org.mhaw.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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

	static LocalRedis choose(Map<String, String> env, Path dir) throws IOException {
		return choose(env, LOCAL, dir);
	}

	/**
	 * Chooses Redis in the documented order.
	 * @param env the environment ({@code REDIS_URL})
	 * @param local where a Redis already running on this machine would answer, and where
	 * an embedded one listens
	 * @param dir the embedded Redis's data folder
	 * @return the Redis the services will use
	 */
	static LocalRedis choose(Map<String, String> env, URI local, Path dir) throws IOException {
		String configured = env.get("REDIS_URL");
		if (configured != null && !configured.isBlank()) {
			return new LocalRedis(URI.create(configured), "from REDIS_URL", null);
		}
		if (answers(local)) {
			return new LocalRedis(local, "already running here", null);
		}
		if (!PortCheck.isFree(local.getPort())) {
			throw new LauncherException("Port " + local.getPort()
					+ " (Redis) is taken by something that does not answer PING. Stop it, or set REDIS_URL.");
		}
		Files.createDirectories(dir);
		// The counters are the exact totals: an append-only file so they survive a
		// restart,
		// and never evict a key to make room.
		RedisServer server = RedisServer.newRedisServer()
			.port(local.getPort())
			.bind(local.getHost())
			.setting("dir " + dir)
			.setting("appendonly yes")
			.setting("maxmemory-policy noeviction")
			.build();
		server.start();
		return new LocalRedis(local, "embedded, data in " + dir, server);
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

	boolean embedded() {
		return this.embedded != null;
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
