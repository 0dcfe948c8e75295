package org.mhaw.benchmarks;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import redis.clients.jedis.Jedis;

/**
 * A Redis server of the run's own (Debian's {@code redis-server}, the same build as the
 * shared one on 6379), so the benchmark neither disturbs nor is disturbed by the tests
 * others run against the shared Redis, and leaves nothing behind: it is stopped with the
 * run. Configured as the platform needs Redis: never evict.
 */
final class BenchRedis implements AutoCloseable {

	static final int PORT = 16379;

	private static final String SERVER = "/usr/bin/redis-server";

	private final ChildProcess server;

	private BenchRedis(ChildProcess server) {
		this.server = server;
	}

	static BenchRedis start(Path dir) {
		if (!Files.isExecutable(Path.of(SERVER))) {
			throw new BenchException(SERVER + " is missing: apt-get install -y redis-server redis-tools");
		}
		try {
			Files.createDirectories(dir);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		ChildProcess server = ChildProcess.start("redis",
				List.of(SERVER, "--port", String.valueOf(PORT), "--bind", "127.0.0.1", "--dir", dir.toString(),
						"--save", "", "--appendonly", "no", "--maxmemory-policy", "noeviction"),
				Map.of(), dir.resolve("redis.log"));
		Instant deadline = Instant.now().plusSeconds(20);
		while (Instant.now().isBefore(deadline)) {
			server.requireAlive();
			if (answers()) {
				return new BenchRedis(server);
			}
			Pause.millis(100);
		}
		server.close();
		throw new BenchException("Redis did not answer on port " + PORT + "; see " + server.log());
	}

	private static boolean answers() {
		try (Jedis jedis = new Jedis(url(), 500)) {
			return "PONG".equals(jedis.ping());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static URI url() {
		return URI.create("redis://127.0.0.1:" + PORT);
	}

	String version() {
		try (Jedis jedis = new Jedis(url(), 2000)) {
			return jedis.info("server")
				.lines()
				.filter((line) -> line.startsWith("redis_version:"))
				.map((line) -> line.substring("redis_version:".length()).trim())
				.findFirst()
				.orElse("unknown");
		}
	}

	/** The server's process, for its CPU time. */
	ChildProcess process() {
		return this.server;
	}

	/**
	 * Redis's own account of the scripts it ran ({@code INFO commandstats}): calls and
	 * microseconds spent in {@code EVALSHA}, to tell Redis's share of a run's time.
	 * @return {calls, microseconds}
	 */
	static long[] scriptTime() {
		return commands().getOrDefault("evalsha", new long[] { 0, 0 });
	}

	/**
	 * Every command Redis has run so far ({@code INFO commandstats}), by name.
	 * @return {calls, microseconds} by command
	 */
	static Map<String, long[]> commands() {
		Map<String, long[]> commands = new TreeMap<>();
		try (Jedis jedis = new Jedis(url(), 5000)) {
			jedis.info("commandstats")
				.lines()
				.filter((line) -> line.startsWith("cmdstat_"))
				.forEach((line) -> commands.put(line.substring("cmdstat_".length(), line.indexOf(':')),
						new long[] { field(line, "calls"), field(line, "usec") }));
		}
		return commands;
	}

	/**
	 * The commands run between two {@link #commands()}, per item of work, as one line of
	 * the report: how many round trips and how much of Redis's own time each item cost.
	 */
	static String commandsPer(Map<String, long[]> before, Map<String, long[]> after, long items, String item) {
		if (items <= 0) {
			return "no " + item + "s to share Redis's commands";
		}
		StringBuilder line = new StringBuilder("Redis commands per " + item + " (calls, µs inside Redis): ");
		after.forEach((command, now) -> {
			long[] then = before.getOrDefault(command, new long[] { 0, 0 });
			long calls = now[0] - then[0];
			if (calls * 100 >= items) {
				line.append(String.format("%s %.2f, %.1f µs; ", command, (double) calls / items,
						(now[1] - then[1]) / (double) items));
			}
		});
		return line.toString();
	}

	private static long field(String line, String name) {
		for (String part : line.substring(line.indexOf(':') + 1).split(",")) {
			if (part.startsWith(name + "=")) {
				return Long.parseLong(part.substring(name.length() + 1));
			}
		}
		return 0;
	}

	@Override
	public void close() {
		this.server.close();
	}

}
