package org.mhaw.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * How one run is shaped. The full run takes the figures the README reports;
 * {@code --quick} is a short trial of the same steps (a few seconds each), and
 * {@code --bare-only} measures only the bare parts. {@code --rebuild-only} measures the
 * rebuild alone with the bare parts it is compared with (Kafka's consumer, Redis), for
 * work on the rebuild: the same steps as the full run's rebuild, minus the ingest and
 * freshness runs before it.
 *
 * @param root the repository
 * @param runDir where this run keeps its broker log, Redis folder and logs
 * @param warmUp load before each measured window (JIT, connection pools, batches)
 * @param measure each measured window
 * @param jitWarmUp an unmeasured run that lets a cold JVM compile its hot paths first
 * @param inFlight requests in flight in the closed-loop runs
 * @param pacedConnections wrk's connections in the paced runs: the most requests in
 * flight, so a rate is kept while latency stays under pacedConnections / rate
 * @param jitWarmUpRounds the most rounds of the webhook's JIT warm-up, each of
 * {@code jitWarmUpDonations}: it ends sooner once the compiler threads have gone quiet
 * @param jitWarmUpDonations pending donations opened for each round of the webhook's JIT
 * warm-up (it ends early if they run out)
 * @param ingestRate the ingest target, offered open-loop
 * @param freshnessRate the rate the freshness target is stated at
 * @param rebuildEvents donation events replayed by the rebuild
 * @param bareOnly skip the platform
 * @param rebuildOnly only the rebuild and its bare parts
 * @param keyPrefix the Redis key prefix everything in this run writes under
 * @param staffPassword the staff password the services are started with
 * @param webhookSecret the payment webhook's shared secret the donations service is
 * started with
 */
record BenchSettings(Path root, Path runDir, Duration warmUp, Duration measure, Duration jitWarmUp, int inFlight,
		int pacedConnections, int jitWarmUpRounds, int jitWarmUpDonations, int ingestRate, int freshnessRate,
		int rebuildEvents, boolean bareOnly, boolean rebuildOnly, String keyPrefix, String staffPassword,
		String webhookSecret) {

	static BenchSettings from(List<String> args) {
		Path root = Path.of(System.getProperty("mhaw.root", ".")).toAbsolutePath().normalize();
		String run = UUID.randomUUID().toString().substring(0, 8);
		Path runDir = root.resolve("infra/benchmarks/target/run-" + run);
		boolean quick = args.contains("--quick");
		return new BenchSettings(root, runDir, Duration.ofSeconds(quick ? 2 : 5), Duration.ofSeconds(quick ? 4 : 12),
				Duration.ofSeconds(quick ? 3 : 20), 64, 512, quick ? 1 : 12, quick ? 1_250 : 10_000, 3500, 1000,
				quick ? 100_000 : 1_000_000, args.contains("--bare-only"), args.contains("--rebuild-only"),
				"bench:" + run + ":", "bench-" + run, "bench-webhook-secret-" + run);
	}

	Path logs() {
		return this.runDir.resolve("logs");
	}

	/**
	 * A load figure: an unmeasured run of {@link #warmUp} (JIT, connection pools,
	 * batches), then the measured run of {@link #measure}, the same offer each time.
	 * @param run one run of {@code offer} as it is given
	 * @return the measured run
	 */
	LoadResult warmedUp(Offer offer, Function<Offer, LoadResult> run, Report report) {
		report.detail(run.apply(offer.lasting(this.warmUp)).summary());
		LoadResult measured = run.apply(offer.lasting(this.measure));
		report.detail(measured.summary());
		return measured;
	}

}
