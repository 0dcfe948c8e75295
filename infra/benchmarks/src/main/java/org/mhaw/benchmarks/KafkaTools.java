package org.mhaw.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own performance tools, each in its own JVM against the run's broker: the bare
 * Kafka figures the platform is compared with.
 */
final class KafkaTools {

	/**
	 * The platform's producer settings (platform-defaults.properties): durable and
	 * idempotent, with the same batching and compression the services use.
	 */
	static final List<String> PLATFORM_PRODUCER = List.of("acks=all", "enable.idempotence=true",
			"max.in.flight.requests.per.connection=5", "linger.ms=1", "compression.type=lz4");

	private static final Pattern PRODUCER_SUMMARY = Pattern.compile(
			"(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99.9th");

	private static final Pattern END_TO_END = Pattern
		.compile("Percentiles: 50th = ([\\d.]+), 99th = ([\\d.]+), 99.9th = ([\\d.]+)");

	private final String bootstrapServers;

	private final Path logs;

	KafkaTools(String bootstrapServers, Path logs) {
		this.bootstrapServers = bootstrapServers;
		this.logs = logs;
	}

	/**
	 * @param recordsPerSecond or -1 for as fast as it goes
	 */
	ProducerFigures producerPerformance(String topic, long records, int recordSize, int recordsPerSecond) {
		List<String> args = new ArrayList<>(List.of("org.apache.kafka.tools.ProducerPerformance", "--bootstrap-server",
				this.bootstrapServers, "--topic", topic, "--num-records", String.valueOf(records), "--record-size",
				String.valueOf(recordSize), "--throughput", String.valueOf(recordsPerSecond), "--command-property"));
		args.addAll(PLATFORM_PRODUCER);
		String output = run("producer-performance-" + (recordsPerSecond < 0 ? "max" : recordsPerSecond), args);
		Matcher summary = lastMatch(PRODUCER_SUMMARY, output, "ProducerPerformance");
		return new ProducerFigures(Long.parseLong(summary.group(1)), Double.parseDouble(summary.group(2)),
				Double.parseDouble(summary.group(7)), Double.parseDouble(summary.group(9)));
	}

	/**
	 * Reads {@code records} records of {@code topic} from the start with a new group.
	 */
	ConsumerFigures consumerPerformance(String topic, long records) {
		String output = run("consumer-performance",
				List.of("org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", this.bootstrapServers,
						"--topic", topic, "--num-records", String.valueOf(records), "--group",
						"bench-consumer-performance-" + System.nanoTime(), "--timeout", "30000"));
		// header: start.time, end.time, data.consumed.in.MB, MB.sec,
		// data.consumed.in.nMsg,
		// nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
		String values = output.lines()
			.filter((line) -> line.matches("^\\d{4}-\\d{2}-\\d{2} .*"))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new BenchException("no figures from ConsumerPerformance:\n" + output));
		String[] fields = values.split(",\\s*");
		return new ConsumerFigures(Long.parseLong(fields[4].trim()), Double.parseDouble(fields[5].trim()),
				Long.parseLong(fields[6].trim()), Long.parseLong(fields[7].trim()),
				Double.parseDouble(fields[9].trim()));
	}

	/**
	 * Kafka's EndToEndLatency: one record at a time, produced (acks=all) then consumed.
	 */
	EndToEndFigures endToEndLatency(String topic, int records, int recordSize) {
		String output = run("end-to-end-latency", List.of("org.apache.kafka.tools.EndToEndLatency",
				this.bootstrapServers, topic, String.valueOf(records), "all", String.valueOf(recordSize)));
		Matcher percentiles = lastMatch(END_TO_END, output, "EndToEndLatency");
		return new EndToEndFigures(Double.parseDouble(percentiles.group(1)), Double.parseDouble(percentiles.group(2)),
				Double.parseDouble(percentiles.group(3)));
	}

	private String run(String name, List<String> mainAndArgs) {
		return ChildProcess.java(name, List.of("-Xmx512m"), mainAndArgs, Map.of(), this.logs.resolve(name + ".log"))
			.awaitOutput(Duration.ofMinutes(3));
	}

	private static Matcher lastMatch(Pattern pattern, String output, String tool) {
		Matcher matcher = pattern.matcher(output);
		Matcher last = null;
		while (matcher.find()) {
			last = pattern.matcher(output);
			last.find(matcher.start());
		}
		if (last == null) {
			throw new BenchException("no figures from " + tool + ":\n" + output);
		}
		return last;
	}

	record ProducerFigures(long records, double recordsPerSecond, double p50Millis, double p99Millis) {

	}

	/**
	 * @param fetchRecordsPerSecond records per second once the group had joined (what the
	 * read itself costs)
	 */
	record ConsumerFigures(long records, double recordsPerSecond, long rebalanceMillis, long fetchMillis,
			double fetchRecordsPerSecond) {

	}

	record EndToEndFigures(double p50Millis, double p99Millis, double p999Millis) {

	}

}
