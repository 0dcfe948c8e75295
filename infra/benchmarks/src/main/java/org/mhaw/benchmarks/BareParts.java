package org.mhaw.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The bare parts, measured first in the same run: Kafka's own producer, consumer and
 * end-to-end tools, redis-benchmark and a bare Jedis pipeline, and a bare Spring Boot
 * endpoint under the same HTTP load generator (wrk, the same script) as the platform.
 */
final class BareParts {

	static final String PRODUCER_TOPIC = "bench.producer-performance";

	static final String END_TO_END_TOPIC = "bench.end-to-end-latency";

	static final int RECORD_SIZE = 300;

	static final int BARE_PORT = 18080;

	/** Made-up confirmations for the bare endpoint, sent round and round. */
	private static final int BARE_POOL = 20_000;

	private final BenchSettings settings;

	private final BenchKafka kafka;

	private final Report report;

	private final Wrk wrk;

	KafkaTools.ProducerFigures producerMax;

	KafkaTools.ProducerFigures producerAtIngestRate;

	KafkaTools.EndToEndFigures endToEnd;

	Map<String, Double> redisBenchmark;

	Duration jedisPipeline;

	LoadResult httpMax;

	LoadResult httpAtIngestRate;

	BareParts(BenchSettings settings, BenchKafka kafka, Report report, Wrk wrk) {
		this.settings = settings;
		this.kafka = kafka;
		this.report = report;
		this.wrk = wrk;
	}

	void measure(Bench.Starter starter) {
		if (!this.settings.rebuildOnly()) {
			measureKafka();
		}
		measureRedis();
		if (!this.settings.rebuildOnly()) {
			measureHttp(starter);
		}
	}

	private void measureKafka() {
		KafkaTools tools = new KafkaTools(this.kafka.bootstrapServers(), this.settings.logs());
		this.kafka.createTopic(PRODUCER_TOPIC);
		Console.say("bare Kafka producer (ProducerPerformance)…");
		this.producerMax = tools.producerPerformance(PRODUCER_TOPIC, this.settings.rebuildEvents(), RECORD_SIZE, -1);
		this.report.detail(String.format(
				"ProducerPerformance, %d records of %d B, acks=all, idempotent, lz4, linger 1 ms, 3 partitions: %.0f records/s, p50 %.0f ms, p99 %.0f ms",
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
	}

	private void measureRedis() {
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
	}

	private void measureHttp(Bench.Starter starter) {
		int rate = this.settings.ingestRate();
		Console.say("bare Spring Boot endpoint…");
		try (ChildProcess app = Bench.startApp("bare-endpoint",
				List.of("-cp", System.getProperty("java.class.path"),
						"org.mhaw.benchmarks.bare.BareEndpointApplication", "--server.port=" + BARE_PORT,
						"--logging.level.root=WARN"),
				BARE_PORT, Map.of(), this.settings.logs())) {
			starter.started(app);
			Duration startup = app.awaitHttpOk(Bench.local(BARE_PORT).resolve("/ready"), Duration.ofSeconds(60));
			this.report.detail("bare endpoint ready in " + startup.toMillis() + " ms");
			SignedWebhook webhook = new SignedWebhook(Bench.local(BARE_PORT), this.settings.webhookSecret());
			// The services have served thousands of donation intents before their webhook
			// runs; the bare app gets as long to compile its hot paths, or it is measured
			// cold.
			this.report.detail(bareRun(webhook, "bare endpoint JIT warm-up",
					Offer.closedLoop(this.settings.inFlight(), this.settings.jitWarmUp()))
				.summary());
			this.httpMax = this.settings.warmedUp(Offer.closedLoop(this.settings.inFlight(), null),
					(offer) -> bareRun(webhook, "bare endpoint", offer), this.report);
			this.httpAtIngestRate = this.settings.warmedUp(Offer.paced(this.settings.pacedConnections(), rate, null),
					(offer) -> bareRun(webhook, "bare endpoint", offer), this.report);
		}
	}

	/**
	 * The bare app checks nothing, so it gets one pool of made-up signed confirmations,
	 * sent round and round: the same requests, made and sent the same way, as the
	 * platform's, without opening a donation for each.
	 */
	private LoadResult bareRun(SignedWebhook webhook, String description, Offer offer) {
		RequestFile pool = webhook.file(this.wrk.requestFile("bare-webhook"), SignedWebhook.madeUp(BARE_POOL), true);
		return this.wrk.run(description, webhook.uri(), pool, offer);
	}

	static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

}
