package org.mhaw.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a service's threads (its request threads, say) spend their time: thread dumps
 * ({@code jcmd <pid> Thread.print}) taken at intervals on a background thread, then each
 * request thread's innermost frame tallied with the innermost platform frame
 * ({@code org.mhaw…}) it was called from. A poor man's sampling profiler, enough to say
 * whether a request waits on Kafka, on Redis, on a lock or on the CPU.
 */
final class StackSamples {

	private final Map<String, Integer> tally = new HashMap<>();

	private int threadSamples;

	private final Thread sampler;

	private final String threadPrefix;

	private StackSamples(long pid, String threadPrefix, Duration after, Duration every, int dumps, Path logs) {
		this.threadPrefix = "\"" + threadPrefix;
		this.sampler = new Thread(() -> {
			Pause.millis(after.toMillis());
			for (int i = 0; i < dumps; i++) {
				Pause.millis(every.toMillis());
				try {
					String dump = ChildProcess
						.start("jcmd", List.of("jcmd", String.valueOf(pid), "Thread.print"), Map.of(),
								logs.resolve("thread-dump-" + pid + "-" + i + ".txt"))
						.awaitOutput(Duration.ofSeconds(20));
					add(dump);
				}
				catch (RuntimeException ex) {
					Console.say("thread dump failed: " + ex.getMessage());
				}
			}
		}, "bench-stack-samples");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	/**
	 * Starts sampling the threads whose names start with {@code threadPrefix}.
	 * @param after when to take the first dump (past the warm-up)
	 */
	static StackSamples of(ChildProcess process, String threadPrefix, Duration after, Duration every, int dumps,
			Path logs) {
		return new StackSamples(process.pid(), threadPrefix, after, every, dumps, logs);
	}

	private synchronized void add(String dump) {
		for (String thread : dump.split("\n\n")) {
			String name = thread.lines().findFirst().orElse("");
			if (!name.startsWith(this.threadPrefix) || name.contains("Acceptor") || name.contains("Poller")) {
				continue;
			}
			List<String> frames = new ArrayList<>();
			String state = "";
			for (String line : thread.split("\n")) {
				String trimmed = line.trim();
				if (trimmed.startsWith("java.lang.Thread.State:")) {
					state = trimmed.substring("java.lang.Thread.State:".length()).trim();
				}
				if (trimmed.startsWith("at ")) {
					frames.add(trimmed.substring(3).replaceAll("\\(.*\\)", ""));
				}
			}
			String innermost = frames.isEmpty() ? "?" : frames.get(0);
			String platform = frames.stream().filter((frame) -> frame.startsWith("org.mhaw.")).findFirst().orElse(null);
			if (platform == null) {
				// idle in Tomcat's pool or an executor's (the dashboard's rebuild threads
				// between rebuilds), or parsing/writing outside the platform's code
				if (innermost.startsWith("jdk.internal.misc.Unsafe.park") && frames.stream()
					.anyMatch((frame) -> frame.contains("TaskQueue.take") || frame.contains("TaskQueue.poll")
							|| frame.contains("ThreadPoolExecutor.getTask"))) {
					continue;
				}
			}
			this.threadSamples++;
			this.tally.merge(state + " " + innermost + " ← " + ((platform != null) ? platform : "(framework)"), 1,
					Integer::sum);
		}
	}

	/** The commonest places, most first, as "share% state frame ← platform frame". */
	List<String> top(int count) {
		try {
			this.sampler.join(Duration.ofSeconds(60).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		synchronized (this) {
			return tallied(count);
		}
	}

	private List<String> tallied(int count) {
		int total = Math.max(1, this.threadSamples);
		return this.tally.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(count)
			.map((entry) -> String.format("%.0f%% %s", 100.0 * entry.getValue() / total, entry.getKey()))
			.toList();
	}

}
