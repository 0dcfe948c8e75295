package org.mhaw.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.mhaw.events.Topics;

/**
 * The platform under the same load as the bare parts: the donations service's signed
 * webhook (ingest), the dashboard's server-sent stream (freshness) and its rebuild from
 * the log (rebuild), with the broker and Redis of the run, everything on this machine.
 */
final class PlatformParts {

	static final int DONATIONS_PORT = 18081;

	static final int DASHBOARD_PORT = 18082;

	private final BenchSettings settings;

	private final BenchKafka kafka;

	private final BareParts bare;

	private final Report report;

	/** 2xx answers to donation intents, which publish nothing the dashboard counts. */
	private long intentsOk;

	private LoadResult intentsAnswered;

	private ChildProcess donationsApp;

	private ChildProcess dashboardApp;

	/** The most confirmed donations per second the closed-loop run saw. */
	private double mostPerSecond;

	PlatformParts(BenchSettings settings, BenchKafka kafka, BareParts bare, Report report) {
		this.settings = settings;
		this.kafka = kafka;
		this.bare = bare;
		this.report = report;
	}

	void measure(Bench.Starter starter) {
		ChildProcess dashboardApp = starter.started(startService("dashboard", DASHBOARD_PORT));
		this.dashboardApp = dashboardApp;
		ChildProcess donationsApp = starter.started(startService("donations", DONATIONS_PORT));
		this.donationsApp = donationsApp;
		Duration dashboardStart = dashboardApp.awaitHttpOk(readiness(DASHBOARD_PORT), Duration.ofMinutes(3));
		Duration donationsStart = donationsApp.awaitHttpOk(readiness(DONATIONS_PORT), Duration.ofMinutes(3));
		this.report.detail("dashboard ready in " + dashboardStart.toMillis() + " ms, donations ready in "
				+ donationsStart.toMillis() + " ms (both started at once)");
		Dashboard dashboard = new Dashboard(Bench.local(DASHBOARD_PORT), this.settings.staffPassword());
		PendingDonations pending = new PendingDonations(Bench.local(DONATIONS_PORT));
		SignedWebhook webhook = new SignedWebhook(Bench.local(DONATIONS_PORT), this.settings.webhookSecret(),
				pending::next);

		try (HttpLoad load = new HttpLoad()) {
			ingest(load, pending, webhook);
			awaitCount(dashboard, load.everyOk() - this.intentsOk, "after the ingest runs");
			open(load, pending, phaseDonations(this.settings.freshnessRate()));
			freshness(load, webhook, dashboard);
			awaitCount(dashboard, load.everyOk() - this.intentsOk, "after the freshness run");
		}
		donationsApp.close();
		rebuild(dashboard);
	}

	/**
	 * Opens the pending donations the next webhook run confirms; not part of its timing.
	 */
	private void open(HttpLoad load, PendingDonations pending, int count) {
		Console.say("opening " + count + " pending donations through the API…");
		LoadResult intents = pending.open(load, count, this.settings.inFlight());
		this.intentsOk += intents.ok();
		this.report.detail(intents.summary());
		if (this.intentsAnswered == null || intents.ok() > this.intentsAnswered.ok()) {
			// the largest batch: the first one meets a cold service
			this.intentsAnswered = intents;
		}
		if (intents.failed() > 0) {
			throw new BenchException(intents.failed() + " donation intents failed: " + intents.statuses());
		}
	}

	/**
	 * Enough pending donations for an open-loop run at {@code perSecond}, but no more
	 * than the service could confirm: twice the most it took in the closed loop, plus
	 * what the generator may hold in flight. A run that runs out ends there, its window
	 * cut to match, as the report shows.
	 */
	private int phaseDonations(int perSecond) {
		double canTake = Math.min(perSecond, 2 * this.mostPerSecond);
		return (int) (canTake * (this.settings.warmUp().plus(this.settings.measure()).toSeconds() + 1))
				+ HttpLoad.OPEN_LOOP_MAX_IN_FLIGHT;
	}

	private void ingest(HttpLoad load, PendingDonations pending, SignedWebhook webhook) {
		// As the bare app gets a JIT warm-up, so does the webhook path (signature,
		// confirmation), which the intents have not exercised.
		open(load, pending, this.settings.closedLoopDonations() / 4);
		LoadResult jit = load.closedLoop("donations webhook JIT warm-up", webhook::next, this.settings.inFlight(),
				Duration.ZERO, this.settings.jitWarmUp());
		this.report.detail(jit.summary());
		drain(pending);
		open(load, pending, this.settings.closedLoopDonations());
		Console.say("ingest: signed webhooks, closed loop…");
		StackSamples samples = StackSamples.of(this.donationsApp, "http-nio-", this.settings.warmUp(),
				Duration.ofSeconds(1), (int) this.settings.measure().toSeconds() - 2, this.settings.logs());
		LoadResult max = load.closedLoop("donations webhook", webhook::next, this.settings.inFlight(),
				this.settings.warmUp(), this.settings.measure());
		this.report.detail(max.summary());
		this.mostPerSecond = max.okPerSecond();
		this.report.detail("where the donations service's request threads were during that run (thread dumps, "
				+ "innermost frame ← innermost platform frame): " + String.join("; ", samples.top(8)));
		drain(pending);
		open(load, pending, phaseDonations(this.settings.ingestRate()));
		Console.say("ingest: signed webhooks at " + this.settings.ingestRate() + "/s, open loop…");
		LoadResult atRate = load.openLoop("donations webhook", webhook::next, this.settings.ingestRate(),
				this.settings.warmUp(), this.settings.measure(), null);
		this.report.detail(atRate.summary());
		drain(pending);

		LoadResult bareMax = this.bare.httpMax;
		this.report.row("Ingest, most confirmed donations/s (closed loop, " + this.settings.inFlight() + " in flight)",
				String.format("%.0f/s, p99 %.1f ms", max.okPerSecond(), max.latencies().percentileMillis(99)),
				String.format("bare Boot POST %.0f/s, p99 %.1f ms", bareMax.okPerSecond(),
						bareMax.latencies().percentileMillis(99)),
				max.okPerSecond() / bareMax.okPerSecond(),
				Report.met(max.okPerSecond() >= this.settings.ingestRate(), "≥ " + this.settings.ingestRate() + "/s"));
		this.report.row("Ingest vs Kafka's producer", String.format("%.0f donations/s", max.okPerSecond()),
				String.format("ProducerPerformance %.0f records/s", this.bare.producerMax.recordsPerSecond()),
				max.okPerSecond() / this.bare.producerMax.recordsPerSecond(), "");
		double p99 = atRate.latencies().percentileMillis(99);
		double bareP99 = this.bare.httpAtIngestRate.latencies().percentileMillis(99);
		boolean kept = atRate.failed() == 0 && atRate.okPerSecond() >= this.settings.ingestRate() * 0.99;
		this.report.row("Ingest p99 at " + this.settings.ingestRate() + "/s (open loop)",
				String.format("%.1f ms (%.0f ok/s, %d failed)", p99, atRate.okPerSecond(), atRate.failed()),
				String.format("bare Boot POST %.1f ms; ProducerPerformance %.0f ms", bareP99,
						this.bare.producerAtIngestRate.p99Millis()),
				p99 / bareP99, Report.met(kept && p99 < 100, "p99 < 100 ms, every request 2xx"));
		this.report.row(
				"Donation intents (POST /api/donations, closed loop, " + this.settings.inFlight()
						+ " in flight; not a target)",
				String.format("%.0f/s, p99 %.1f ms", this.intentsAnswered.okPerSecond(),
						this.intentsAnswered.latencies().percentileMillis(99)),
				String.format("bare Boot POST %.0f/s", bareMax.okPerSecond()),
				this.intentsAnswered.okPerSecond() / bareMax.okPerSecond(), "");
	}

	/**
	 * Pending donations a run did not reach are left unconfirmed: the counts stay exact.
	 */
	private void drain(PendingDonations pending) {
		int left = pending.size();
		while (pending.next() != null) {
			// left pending
		}
		if (left > 0) {
			this.report.detail(left + " pending donations were left unconfirmed after that run");
		}
	}

	private void freshness(HttpLoad load, SignedWebhook webhook, Dashboard dashboard) {
		Console.say("freshness: webhooks at " + this.settings.freshnessRate() + "/s, watching the stream…");
		Freshness.Result result = Freshness.measure(load, webhook, dashboard, this.settings.freshnessRate(),
				this.settings.warmUp(), this.settings.measure());
		this.report.detail(result.load().summary());
		this.report.detail("freshness, webhook 2xx to pushed update: " + result.latencies().summary() + "; "
				+ result.unseen() + " never seen; " + String.format("%.1f", result.pushesPerSecond())
				+ " pushes/s; last pushed count " + result.lastPushedCount() + " (expected " + result.expectedCount()
				+ ")");
		double p99 = result.latencies().percentileMillis(99);
		double bareP99 = this.bare.endToEnd.p99Millis();
		this.report.row("Freshness p99, webhook 2xx → server-sent update at " + this.settings.freshnessRate() + "/s",
				String.format("%.1f ms (p50 %.1f ms)", p99, result.latencies().percentileMillis(50)),
				String.format("EndToEndLatency p99 %.1f ms (p50 %.1f ms)", bareP99, this.bare.endToEnd.p50Millis()),
				p99 / bareP99, Report.met(p99 < 250 && result.unseen() == 0, "p99 < 250 ms"));
	}

	private void rebuild(Dashboard dashboard) {
		int events = this.settings.rebuildEvents();
		long live = dashboard.donationCount();
		int topUp = (int) (events - live);
		Console.say("rebuild: writing " + topUp + " donation events so the log holds " + events + "…");
		Instant writing = Instant.now();
		new DonationEvents(this.kafka.bootstrapServers()).write(topUp);
		Duration written = Bench.since(writing);
		Duration caughtUp = awaitCount(dashboard, events, "while following the log live");
		this.report.detail(String.format(
				"%d donation events written straight to %s in %.1f s; the live dashboard had counted them all %.1f s after the first was written (%.0f events/s)",
				topUp, Topics.DONATIONS, BareParts.seconds(written), BareParts.seconds(Bench.since(writing)),
				topUp / BareParts.seconds(Bench.since(writing))));

		long records = recordsIn(Topics.DONATIONS);
		KafkaTools.ConsumerFigures consumer = new KafkaTools(this.kafka.bootstrapServers(), this.settings.logs())
			.consumerPerformance(Topics.DONATIONS, records);
		this.report.detail(String.format(
				"ConsumerPerformance on %s, %d records: %.0f records/s overall, %.0f records/s once joined (%d ms join, %d ms fetching)",
				Topics.DONATIONS, consumer.records(), consumer.recordsPerSecond(), consumer.fetchRecordsPerSecond(),
				consumer.rebalanceMillis(), consumer.fetchMillis()));

		Console.say("rebuild: replaying " + events + " donations into a fresh projection…");
		Duration took = Rebuild.measure(dashboard, this.dashboardApp, events, this.report, this.settings.logs());
		double seconds = BareParts.seconds(took);
		double consumerSeconds = consumer.records() / consumer.recordsPerSecond();
		this.report
			.row("Rebuild, " + events + " donation events replayed into a fresh projection",
					String.format("%.1f s (%.0f events/s)", seconds, events / seconds),
					String.format("ConsumerPerformance %.1f s (%.0f records/s)", consumerSeconds,
							consumer.recordsPerSecond()),
					seconds / consumerSeconds, Report.met(seconds < 10, "< 10 s"));
		double redisSeconds = BareParts.seconds(this.bare.jedisPipeline);
		this.report.row("Rebuild vs bare Redis", String.format("%.1f s", seconds),
				String.format("Jedis pipelined HINCRBYs %.1f s; redis-benchmark HSET %.0f/s", redisSeconds,
						this.bare.redisBenchmark.getOrDefault("HSET", Double.NaN)),
				seconds / redisSeconds, "");
	}

	private Duration awaitCount(Dashboard dashboard, long expected, String when) {
		Instant start = Instant.now();
		Instant deadline = start.plusSeconds(120);
		long count = -1;
		while (Instant.now().isBefore(deadline)) {
			count = dashboard.donationCount();
			if (count == expected) {
				this.report.detail("exact " + when + ": the dashboard counts " + count + " donations, as many as "
						+ (expected == this.settings.rebuildEvents() ? "the log holds" : "webhooks were answered 2xx"));
				return Bench.since(start);
			}
			Pause.millis(50);
		}
		throw new BenchException(
				"the dashboard counts " + count + " donations " + when + ", expected " + expected + " (waited 120 s)");
	}

	private long recordsIn(String topic) {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka.bootstrapServers()),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private ChildProcess startService(String name, int port) {
		Path jar = this.settings.root().resolve("services").resolve(name).resolve("target").resolve(name + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new BenchException(jar + " is missing: infra/bench builds it first");
		}
		Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", this.kafka.bootstrapServers(), "REDIS_URL",
				BenchRedis.url().toString(), "STAFF_PASSWORD", this.settings.staffPassword(), "MHAW_REDIS_KEY_PREFIX",
				this.settings.keyPrefix(), "MHAW_RATE_LIMIT_ENABLED", "false", "PAYMENT_WEBHOOK_SECRET",
				this.settings.webhookSecret(), "MHAW_DONATIONS_PAYMENTS_SANDBOX_AUTOCONFIRM", "false");
		return Bench.startApp(name, List.of("-jar", jar.toString()), port, env, this.settings.logs());
	}

	private static java.net.URI readiness(int port) {
		return Bench.local(port).resolve("/actuator/health/readiness");
	}

}
