package org.mhaw.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;

import org.testcontainers.containers.GenericContainer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.embedded.RedisServer;

/**
 * A real Redis for tests, chosen in the order the platform documents, and how to leave it
 * clean.
 */
record TestRedis(String kind, URI url, Runnable stopAction) {

	private static final URI LOCAL = URI.create("redis://127.0.0.1:6379");

	private static final int TIMEOUT_MS = 500;

	/**
	 * {@code REDIS_URL}, else the local Redis if it answers, else an embedded one on a
	 * free port.
	 */
	static TestRedis local() {
		String configured = System.getenv("REDIS_URL");
		if (configured != null && !configured.isBlank()) {
			return new TestRedis("REDIS_URL", URI.create(configured), () -> {
			});
		}
		if (answers(LOCAL)) {
			return new TestRedis("local", LOCAL, () -> {
			});
		}
		return embedded();
	}

	static TestRedis embedded() {
		int port = freePort();
		// No persistence: test data lives only as long as the test JVM.
		RedisServer server;
		try {
			server = RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.setting("maxmemory-policy noeviction")
				.build();
			server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start embedded Redis", ex);
		}
		return new TestRedis("embedded", URI.create("redis://127.0.0.1:" + port), () -> {
			try {
				server.stop();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	static TestRedis inContainer() {
		GenericContainer<?> container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379)
			.withCommand("redis-server", "--maxmemory-policy", "noeviction");
		container.start();
		return new TestRedis("Testcontainers redis",
				URI.create("redis://" + container.getHost() + ":" + container.getMappedPort(6379)), container::stop);
	}

	static boolean answers(URI url) {
		try (Jedis jedis = new Jedis(url, TIMEOUT_MS)) {
			return "PONG".equals(jedis.ping());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Removes every key this run wrote, so a shared Redis is left as it was found. */
	void deleteKeysStartingWith(String prefix) {
		try (Jedis jedis = new Jedis(this.url, TIMEOUT_MS)) {
			ScanParams match = new ScanParams().match(prefix + "*").count(1000);
			String cursor = ScanParams.SCAN_POINTER_START;
			do {
				ScanResult<String> page = jedis.scan(cursor, match);
				if (!page.getResult().isEmpty()) {
					jedis.unlink(page.getResult().toArray(String[]::new));
				}
				cursor = page.getCursor();
			}
			while (!ScanParams.SCAN_POINTER_START.equals(cursor));
		}
		catch (RuntimeException ex) {
			// Redis is already gone (embedded one stopped, or the machine shutting down):
			// nothing to clean.
		}
	}

	void stop() {
		this.stopAction.run();
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
