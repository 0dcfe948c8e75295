package org.mhaw.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The bare parts, measured first in the same run: Kafka's own producer, consumer and
 * end-to-end tools, redis-benchmark and a bare Jedis pipeline, and a bare Spring Boot
 * endpoint under the same HTTP load generator as the platform.
 */
final class BareParts {

	static final String PRODUCER_TOPIC = "bench.producer-performance";

	static final String END_TO_END_TOPIC = "bench.end-to-end-latency";

	static final int RECORD_SIZE = 300;

	static final int BARE_PORT = 18080;

	private final BenchSettings settings;

	private final BenchKafka kafka;

	private final Report report;

	KafkaTools.ProducerFigures producerMax;

	KafkaTools.ProducerFigures producerAtIngestRate;

	KafkaTools.EndToEndFigures endToEnd;

	Map<String, Double> redisBenchmark;

	Duration jedisPipeline;

	LoadResult httpMax;

	LoadResult httpAtIngestRate;

	BareParts(BenchSettings settings, BenchKafka kafka, Report report) {
		this.settings = settings;
		this.kafka = kafka;
		this.report = report;
	}

	void measure(Bench.Starter starter) {
		KafkaTools tools = new KafkaTools(this.kafka.bootstrapServers(), this.settings.logs());
		this.kafka.createTopic(PRODUCER_TOPIC);
		Console.say("bare Kafka producer (ProducerPerformance)…");
		this.producerMax = tools.producerPerformance(PRODUCER_TOPIC, this.settings.rebuildEvents(), RECORD_SIZE, -1);
		this.report.detail(String.format(
				"ProducerPerformance, %d records of %d B, acks=all, idempotent, lz4, linger 5 ms, 3 partitions: %.0f records/s, p50 %.0f ms, p99 %.0f ms",
				this.producerMax.records(), RECORD_SIZE, this.producerMax.recordsPerSecond(),
				this.producerMax.p50Millis(), this.producerMax.p99Millis()));
		int rate = this.settings.ingestRate();
		this.producerAtIngestRate = tools.producerPerformance(PRODUCER_TOPIC,
				(long) rate * this.settings.measure().toSeconds(), RECORD_SIZE, rate);
		this.report.detail(String.format("ProducerPerformance throttled to %d records/s: p50 %.0f ms, p99 %.0f ms",
				rate, this.producerAtIngestRate.p50Millis(), this.producerAtIngestRate.p99Millis()));
		this.kafka.createTopic(END_TO_END_TOPIC);
		Console.say("bare Kafka end to end (EndToEndLatency)…");
		this.endToEnd = tools.endToEndLatency(END_TO_END_TOPIC, 2000, RECORD_SIZE);
		this.report.detail(String.format(
				"EndToEndLatency (one %d B record at a time, acks=all, produced then consumed): p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms",
				RECORD_SIZE, this.endToEnd.p50Millis(), this.endToEnd.p99Millis(), this.endToEnd.p999Millis()));

		Console.say("bare Redis (redis-benchmark, Jedis pipeline)…");
		RedisFigures redis = new RedisFigures(this.settings.logs(), this.settings.keyPrefix());
		this.redisBenchmark = redis.redisBenchmark(2_000_000);
		this.report.detail("redis-benchmark -t incr,hset -P " + RedisFigures.PIPELINE + " -n 2000000 (50 clients): "
				+ this.redisBenchmark + " requests/s");
		this.jedisPipeline = redis.jedisPipeline(this.settings.rebuildEvents());
		this.report.detail(String.format(
				"bare Jedis, one thread, %d donation events as 2 HINCRBYs each, pipelined by %d: %.2f s (%.0f events/s)",
				this.settings.rebuildEvents(), RedisFigures.PIPELINE, seconds(this.jedisPipeline),
				this.settings.rebuildEvents() / seconds(this.jedisPipeline)));

		Console.say("bare Spring Boot endpoint…");
		try (ChildProcess app = Bench.startApp("bare-endpoint",
				List.of("-cp", System.getProperty("java.class.path"),
						"org.mhaw.benchmarks.bare.BareEndpointApplication", "--server.port=" + BARE_PORT,
						"--logging.level.root=WARN"),
				BARE_PORT, Map.of(), this.settings.logs()); HttpLoad load = new HttpLoad()) {
			starter.started(app);
			Duration startup = app.awaitHttpOk(Bench.local(BARE_PORT).resolve("/ready"), Duration.ofSeconds(60));
			this.report.detail("bare endpoint ready in " + startup.toMillis() + " ms");
			SignedWebhook webhook = new SignedWebhook(Bench.local(BARE_PORT), this.settings.webhookSecret(),
					SignedWebhook.madeUp());
			// The services have served thousands of donation intents before their webhook
			// runs;
			// the bare app gets as long to compile its hot paths, or it is measured cold.
			LoadResult jit = load.closedLoop("bare endpoint JIT warm-up", webhook::next, this.settings.inFlight(),
					Duration.ZERO, this.settings.jitWarmUp());
			this.report.detail(jit.summary());
			this.httpMax = load.closedLoop("bare endpoint", webhook::next, this.settings.inFlight(),
					this.settings.warmUp(), this.settings.measure());
			this.report.detail(this.httpMax.summary());
			this.httpAtIngestRate = load.openLoop("bare endpoint", webhook::next, rate, this.settings.warmUp(),
					this.settings.measure(), null);
			this.report.detail(this.httpAtIngestRate.summary());
		}
	}

	static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

}
