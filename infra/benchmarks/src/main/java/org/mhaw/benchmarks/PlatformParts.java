package org.mhaw.benchmarks;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

	/**
	 * The JIT counts as warm once its compiler threads take less than this share of the
	 * service's CPU in a warm-up round.
	 */
	private static final double JIT_SETTLED = 0.05;

	private final BenchSettings settings;

	private final BenchKafka kafka;

	private final BenchRedis redis;

	private final BareParts bare;

	private final Report report;

	/** Webhooks answered 2xx so far, warm-ups included: what the dashboard must count. */
	private long confirmed;

	private final Wrk wrk;

	/** The most confirmed donations per second the closed-loop run saw. */
	private double mostPerSecond;

	/** The confirmed donations per second of the paced run at the ingest target. */
	private double pacedPerSecond;

	private LoadResult intentsAnswered;

	private ChildProcess donationsApp;

	private ChildProcess dashboardApp;

	PlatformParts(BenchSettings settings, BenchKafka kafka, BenchRedis redis, BareParts bare, Report report, Wrk wrk) {
		this.settings = settings;
		this.kafka = kafka;
		this.redis = redis;
		this.bare = bare;
		this.report = report;
		this.wrk = wrk;
	}

	void measure(Bench.Starter starter) {
		if (this.settings.rebuildOnly()) {
			measureRebuildOnly(starter);
			return;
		}
		ChildProcess dashboardApp = starter.started(startService("dashboard", DASHBOARD_PORT));
		this.dashboardApp = dashboardApp;
		ChildProcess donationsApp = starter.started(startService("donations", DONATIONS_PORT));
		this.donationsApp = donationsApp;
		Duration dashboardStart = dashboardApp.awaitHttpOk(readiness(DASHBOARD_PORT), Duration.ofMinutes(3));
		Duration donationsStart = donationsApp.awaitHttpOk(readiness(DONATIONS_PORT), Duration.ofMinutes(3));
		this.report.detail("dashboard ready in " + dashboardStart.toMillis() + " ms, donations ready in "
				+ donationsStart.toMillis() + " ms (both started at once)");
		Dashboard dashboard = new Dashboard(Bench.local(DASHBOARD_PORT), this.settings.staffPassword());
		PendingDonations pending = new PendingDonations(Bench.local(DONATIONS_PORT), this.wrk);
		SignedWebhook webhook = new SignedWebhook(Bench.local(DONATIONS_PORT), this.settings.webhookSecret());

		ingest(pending, webhook);
		awaitCount(dashboard, this.confirmed, "after the ingest runs");
		freshness(pending, webhook, dashboard);
		leftUnconfirmed(pending.take(Integer.MAX_VALUE).size());
		awaitCount(dashboard, this.confirmed, "after the freshness run");
		donationsApp.close();
		rebuild(dashboard);
	}

	/**
	 * The rebuild as the full run measures it, without the ingest and freshness runs
	 * before it: the dashboard alone, and all of the million donations written straight
	 * to the log.
	 */
	private void measureRebuildOnly(Bench.Starter starter) {
		this.dashboardApp = starter.started(startService("dashboard", DASHBOARD_PORT));
		Duration dashboardStart = this.dashboardApp.awaitHttpOk(readiness(DASHBOARD_PORT), Duration.ofMinutes(3));
		this.report.detail("dashboard ready in " + dashboardStart.toMillis() + " ms (rebuild only)");
		rebuild(new Dashboard(Bench.local(DASHBOARD_PORT), this.settings.staffPassword()));
	}

	/**
	 * Opens the pending donations the next webhook runs confirm; not part of their
	 * timing.
	 */
	private void open(PendingDonations pending, int count) {
		Console.say("opening " + count + " pending donations through the API…");
		LoadResult intents = pending.open(count, this.settings.inFlight());
		this.report.detail(intents.summary());
		if (this.intentsAnswered == null || intents.ok() > this.intentsAnswered.ok()) {
			// the largest batch: the first one meets a cold service
			this.intentsAnswered = intents;
		}
		if (intents.failed() > 0) {
			throw new BenchException(intents.failed() + " donation intents failed: " + intents.statuses());
		}
	}

	private void ingest(PendingDonations pending, SignedWebhook webhook) {
		// As the bare app gets a JIT warm-up, so does the webhook path (signature,
		// confirmation), which the intents have not exercised.
		// On two saturated cores C2 takes minutes to compile the hot paths, so the
		// warm-up goes on, a round of webhooks at a time, until the compiler has
		// (nearly) finished, or for as many rounds as the settings allow: the measured
		// runs are then an appeal night's, not a cold start's.
		LoadResult jit;
		int round = 0;
		double compilerShare;
		do {
			round++;
			open(pending, this.settings.jitWarmUpDonations());
			long compilerBefore = JitCompilerTime.millis(this.donationsApp.pid());
			long serviceBefore = CpuUse.millis(this.donationsApp);
			jit = confirm(webhook, "donations webhook JIT warm-up, round " + round,
					Offer.closedLoop(this.settings.inFlight(), this.settings.jitWarmUp()),
					pending.take(this.settings.jitWarmUpDonations()));
			this.report.detail(jit.summary());
			long compiler = JitCompilerTime.millis(this.donationsApp.pid()) - compilerBefore;
			long service = Math.max(1, CpuUse.millis(this.donationsApp) - serviceBefore);
			compilerShare = compiler / (double) service;
			double perWebhook = service * 1e3 / Math.max(1, jit.ok());
			this.report.detail(String.format(
					"JIT warm-up round %d: the donations service used %.0f µs of CPU a webhook, its compiler threads %.0f%% of that",
					round, perWebhook, 100 * compilerShare));
		}
		while (compilerShare > JIT_SETTLED && round < this.settings.jitWarmUpRounds());

		// Enough for twice the rate the warm-up reached (the warm-up starts cold); a run
		// that runs out ends there, its window cut to match.
		double closedLoopRate = Math.min(2 * jit.okPerSecond(), 2 * this.settings.ingestRate());
		Offer closedLoop = Offer.closedLoop(this.settings.inFlight(), null);
		open(pending, bothRuns(closedLoopRate, closedLoop));
		Console.say("ingest: signed webhooks, closed loop…");
		Function<Offer, LoadResult> closedLoopRun = confirming(webhook, pending, closedLoopRate);
		// Thread dumps during the warm-up, not the measured run: each jcmd is a JVM
		// start,
		// CPU the measured run would lose.
		StackSamples samples = StackSamples.of(this.donationsApp, "http-nio-", Duration.ofSeconds(1),
				Duration.ofMillis(500), (int) this.settings.warmUp().toSeconds() * 2 - 3, this.settings.logs());
		this.report.detail(closedLoopRun.apply(closedLoop.lasting(this.settings.warmUp())).summary());
		this.report.detail("where the donations service's request threads were during that warm-up (thread dumps, "
				+ "innermost frame ← innermost platform frame): " + String.join("; ", samples.top(8)));
		LoadResult max = closedLoopRun.apply(closedLoop.lasting(this.settings.measure()));
		this.report.detail(max.summary());
		this.mostPerSecond = max.okPerSecond();

		// No more than twice what the service took closed loop: a rate it cannot take
		// shows as much in a shorter run.
		double pacedRate = Math.min(this.settings.ingestRate(), 2 * this.mostPerSecond);
		Offer paced = Offer.paced(this.settings.pacedConnections(), this.settings.ingestRate(), null);
		open(pending, bothRuns(pacedRate, paced));
		Console.say("ingest: signed webhooks paced at " + this.settings.ingestRate() + "/s…");
		LoadResult atRate = this.settings.warmedUp(paced, confirming(webhook, pending, pacedRate), this.report);
		this.pacedPerSecond = atRate.okPerSecond();

		LoadResult bareMax = this.bare.httpMax;
		this.report.row("Ingest, most confirmed donations/s (closed loop, " + this.settings.inFlight() + " in flight)",
				String.format("%.0f/s, p99 %.1f ms", max.okPerSecond(), max.latencies().p99()),
				String.format("bare Boot POST %.0f/s, p99 %.1f ms", bareMax.okPerSecond(), bareMax.latencies().p99()),
				max.okPerSecond() / bareMax.okPerSecond(),
				Report.met(max.okPerSecond() >= this.settings.ingestRate(), "≥ " + this.settings.ingestRate() + "/s"));
		this.report.row("Ingest vs Kafka's producer", String.format("%.0f donations/s", max.okPerSecond()),
				String.format("ProducerPerformance %.0f records/s", this.bare.producerMax.recordsPerSecond()),
				max.okPerSecond() / this.bare.producerMax.recordsPerSecond(), "");
		LoadResult bareAtRate = this.bare.httpAtIngestRate;
		double p99 = atRate.latencies().p99();
		double bareP99 = bareAtRate.latencies().p99();
		boolean kept = atRate.failed() == 0 && atRate.okPerSecond() >= this.settings.ingestRate() * 0.99;
		this.report.row("Ingest p99, " + this.settings.ingestRate() + "/s offered (paced, from send)",
				String.format("%.1f ms (%.0f/s confirmed, %d failed or not sent)", p99, atRate.okPerSecond(),
						atRate.failed()),
				String.format("bare Boot POST %.1f ms (%.0f/s answered); ProducerPerformance %.0f ms", bareP99,
						bareAtRate.okPerSecond(), this.bare.producerAtIngestRate.p99Millis()),
				p99 / bareP99, Report.met(kept && p99 < 100, "p99 < 100 ms, every request 2xx"));
		this.report.row(
				"Donation intents (POST /api/donations, closed loop, " + this.settings.inFlight()
						+ " in flight; not a target)",
				String.format("%.0f/s, p99 %.1f ms", this.intentsAnswered.okPerSecond(),
						this.intentsAnswered.latencies().p99()),
				String.format("bare Boot POST %.0f/s", bareMax.okPerSecond()),
				this.intentsAnswered.okPerSecond() / bareMax.okPerSecond(), "");
	}

	/**
	 * Confirms {@code donations} with webhooks signed just now, as {@code offer} says;
	 * each 2xx is one more donation the dashboard must count, and those the run did not
	 * reach stay pending, unconfirmed (the run's description says how many).
	 */
	private LoadResult confirm(SignedWebhook webhook, String description, Offer offer,
			List<PendingDonation> donations) {
		RequestFile requests = webhook.file(this.wrk.requestFile("webhook"), donations, false);
		Map<String, ChildProcess> watched = new LinkedHashMap<>();
		watched.put("donations", this.donationsApp);
		watched.put("dashboard", this.dashboardApp);
		watched.put("broker", this.kafka.process());
		watched.put("Redis", this.redis.process());
		CpuUse before = CpuUse.now(watched);
		long compilerBefore = JitCompilerTime.millis(this.donationsApp.pid());
		Map<String, long[]> commandsBefore = BenchRedis.commands();
		Instant started = Instant.now();
		LoadResult result = this.wrk.run(description, webhook.uri(), requests, offer);
		CpuUse after = CpuUse.now(watched);
		this.report.detail("CPU during that " + description + " run: "
				+ after.since(before, BareParts.seconds(Bench.since(started))) + "; "
				+ after.perItem(before, result.ok(), "confirmed donation")
				+ String.format(" (the donations service's JIT compiler threads %.1f s of it)",
						(JitCompilerTime.millis(this.donationsApp.pid()) - compilerBefore) / 1e3)
				+ "; "
				+ BenchRedis.commandsPer(commandsBefore, BenchRedis.commands(), result.ok(), "confirmed donation"));
		this.confirmed += result.ok();
		return result;
	}

	/**
	 * Pending donations a run did not reach are left unconfirmed: the counts stay exact.
	 */
	private void leftUnconfirmed(long left) {
		if (left > 0) {
			this.report.detail(left + " pending donations were left unconfirmed after that run");
		}
	}

	/** Runs that confirm as many pending donations as {@code perSecond} needs. */
	private Function<Offer, LoadResult> confirming(SignedWebhook webhook, PendingDonations pending, double perSecond) {
		return (offer) -> confirm(webhook, "donations webhook", offer, pending.take(enough(perSecond, offer)));
	}

	/** Pending donations for a warm-up run and a measured run of {@code offer}. */
	private int bothRuns(double perSecond, Offer offer) {
		return enough(perSecond, offer.lasting(this.settings.warmUp()))
				+ enough(perSecond, offer.lasting(this.settings.measure()));
	}

	/**
	 * Pending donations for one run of {@code offer} at {@code perSecond}, and one more
	 * per connection: each may take one more as the window closes.
	 */
	private static int enough(double perSecond, Offer offer) {
		return (int) Math.ceil(perSecond * BareParts.seconds(offer.send())) + offer.connections();
	}

	/**
	 * The target's rate, or what the webhook confirmed in the paced ingest run if that is
	 * less: a rate the webhook cannot take makes requests wait for a free connection, and
	 * the figure would no longer be at the rate offered.
	 */
	private int freshnessRate() {
		return (int) Math.max(1, Math.min(this.settings.freshnessRate(), Math.floor(this.pacedPerSecond)));
	}

	/**
	 * Webhooks paced by wrk, warm-up and measured window in one run, each 2xx set against
	 * the dashboard's pushed updates ({@link Freshness}).
	 */
	private void freshness(PendingDonations pending, SignedWebhook webhook, Dashboard dashboard) {
		int rate = freshnessRate();
		Offer offer = Offer.paced(this.settings.pacedConnections(), rate,
				this.settings.warmUp().plus(this.settings.measure()));
		open(pending, enough(rate, offer));
		Console.say("freshness: webhooks paced at " + rate + "/s, watching the stream…");
		RequestFile requests = webhook.file(this.wrk.requestFile("freshness"), pending.take(enough(rate, offer)),
				false);
		Freshness.Result result = Freshness.measure(this.wrk, webhook.uri(), requests, offer, this.settings.warmUp(),
				dashboard);
		this.confirmed += result.load().ok();
		this.report.detail(result.load().summary());
		this.report.detail(result.summary(rate));
		boolean keptUp = result.keptUp(rate);
		double p99 = result.latencies().p99();
		double bareP99 = this.bare.endToEnd.p99Millis();
		boolean atTargetRate = rate >= this.settings.freshnessRate();
		String target = "p99 < 250 ms at " + this.settings.freshnessRate() + "/s"
				+ (atTargetRate ? ""
						: " (not offered: the webhook confirmed only " + Math.round(this.pacedPerSecond)
								+ "/s paced at " + this.settings.ingestRate() + "/s)")
				+ (keptUp ? "" : "; the webhook fell behind the offered rate, so the figure is not valid");
		this.report.row("Freshness p99, webhook 2xx → server-sent update at " + rate + "/s (paced)",
				String.format("%.1f ms (p50 %.1f ms)", p99, result.latencies().p50()),
				String.format("EndToEndLatency p99 %.1f ms (p50 %.1f ms)", bareP99, this.bare.endToEnd.p50Millis()),
				p99 / bareP99, Report.met(atTargetRate && keptUp && p99 < 250 && result.unseen() == 0, target));
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
		Map<String, ChildProcess> others = Map.of("broker", this.kafka.process(), "Redis", this.redis.process());
		Duration took = Rebuild.measure(dashboard, this.dashboardApp, others, events, this.report, null);
		// Again with thread dumps, which cost CPU the timed rebuild must not lose.
		Duration sampled = Rebuild.measure(dashboard, this.dashboardApp, others, events, this.report,
				this.settings.logs());
		this.report.detail(String.format("the second rebuild, with thread dumps (not the figure), took %.1f s",
				BareParts.seconds(sampled)));
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
		List<String> command = new ArrayList<>();
		if (name.equals("donations")) {
			// As the launcher runs it (infra/launcher ServiceSpec.DONATIONS_JVM_OPTIONS).
			command.addAll(List.of("-Xms1g", "-XX:+AlwaysPreTouch"));
		}
		if (name.equals(System.getenv("BENCH_PROFILE"))) {
			// A profile of one service, for finding where its time goes; it costs a few
			// percent, so figures from such a run are not the ones to quote. A flight
			// recording, unless other JVM options are given (a profiler agent that also
			// sees the kernel's share, say).
			String options = System.getenv("BENCH_PROFILE_OPTIONS");
			if (options != null && !options.isBlank()) {
				command.addAll(List.of(options.trim().split("\\s+")));
			}
			else {
				command.add("-XX:StartFlightRecording=filename=" + this.settings.logs().resolve(name + ".jfr")
						+ ",dumponexit=true,settings=profile");
			}
		}
		command.add("-jar");
		command.add(jar.toString());
		return Bench.startApp(name, command, port, env, this.settings.logs());
	}

	private static URI readiness(int port) {
		return Bench.local(port).resolve("/actuator/health/readiness");
	}

}
