package org.mhaw.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;

/**
 * The bare Redis figures: {@code redis-benchmark} (Debian's, pipelined as the platform's
 * consumer pipelines) and a bare Jedis loop that applies donation events the simplest way
 * (pipelined {@code HINCRBY}s, no dedupe, no offsets).
 */
final class RedisFigures {

	static final int PIPELINE = 500;

	private static final Pattern RPS = Pattern.compile("^\\s*([A-Z]+): ([\\d.]+) requests per second",
			Pattern.MULTILINE);

	private final Path logs;

	private final String keyPrefix;

	RedisFigures(Path logs, String keyPrefix) {
		this.logs = logs;
		this.keyPrefix = keyPrefix;
	}

	/**
	 * {@code redis-benchmark -t incr,hset -P 500} on the run's own Redis.
	 * @return requests per second by command
	 */
	Map<String, Double> redisBenchmark(int requests) {
		String output = ChildProcess
			.start("redis-benchmark",
					List.of("redis-benchmark", "-h", "127.0.0.1", "-p", String.valueOf(BenchRedis.PORT), "-n",
							String.valueOf(requests), "-P", String.valueOf(PIPELINE), "-q", "-t", "incr,hset"),
					Map.of(), this.logs.resolve("redis-benchmark.log"))
			.awaitOutput(Duration.ofMinutes(2));
		Map<String, Double> figures = new LinkedHashMap<>();
		Matcher matcher = RPS.matcher(output.replace('\r', '\n'));
		while (matcher.find()) {
			figures.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
		}
		if (figures.isEmpty()) {
			throw new BenchException("no figures from redis-benchmark:\n" + output);
		}
		return figures;
	}

	/**
	 * Applies {@code events} donations to one totals hash and a per-region hash, one
	 * thread, {@value #PIPELINE} commands per round trip: the floor for replaying events
	 * into Redis.
	 * @return how long it took
	 */
	Duration jedisPipeline(int events) {
		String totals = this.keyPrefix + "bare:totals";
		String regions = this.keyPrefix + "bare:regions";
		try (RedisClient redis = RedisClient.create(BenchRedis.url())) {
			long started = System.nanoTime();
			AbstractPipeline pipeline = redis.pipelined();
			ThreadLocalRandom random = ThreadLocalRandom.current();
			for (int i = 1; i <= events; i++) {
				pipeline.hincrBy(totals, "pence", 500 + random.nextInt(5) * 500);
				pipeline.hincrBy(regions, "region-" + random.nextInt(13), 1);
				if (i % (PIPELINE / 2) == 0) {
					pipeline.sync();
				}
			}
			pipeline.sync();
			pipeline.close();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			redis.del(totals, regions);
			return took;
		}
	}

}
