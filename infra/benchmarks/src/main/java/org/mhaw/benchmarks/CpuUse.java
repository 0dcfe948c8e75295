package org.mhaw.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU time the run's processes and the whole machine used over a stretch of the run,
 * from {@code /proc}: on two cores shared by the platform, the broker, Redis and whatever
 * else runs, this says whether a figure was limited by the platform's own work or by
 * everything else on the machine.
 */
final class CpuUse {

	/** Linux counts CPU time in {@code /proc} in ticks of 10 ms (USER_HZ 100). */
	static final long MILLIS_PER_TICK = 10;

	private final Map<String, Long> processes;

	private final long machineBusyMillis;

	private CpuUse(Map<String, Long> processes, long machineBusyMillis) {
		this.processes = processes;
		this.machineBusyMillis = machineBusyMillis;
	}

	/**
	 * @param processes the processes to account for, by the name the report gives them
	 */
	static CpuUse now(Map<String, ChildProcess> processes) {
		Map<String, Long> used = new LinkedHashMap<>();
		processes.forEach((name, process) -> used.put(name, millis(process)));
		return new CpuUse(used, machineBusyMillis());
	}

	/**
	 * @param process a process of the run
	 * @return milliseconds of CPU it has used so far, or 0 if it cannot be told
	 */
	static long millis(ChildProcess process) {
		return ProcessHandle.of(process.pid())
			.flatMap((handle) -> handle.info().totalCpuDuration())
			.map(java.time.Duration::toMillis)
			.orElse(0L);
	}

	/** What was used from {@code before} until now, as one line of the report. */
	String since(CpuUse before, double seconds) {
		StringBuilder line = new StringBuilder(String.format("the machine's %d cores were busy %.1f s of %.1f s",
				Runtime.getRuntime().availableProcessors(), (this.machineBusyMillis - before.machineBusyMillis) / 1e3,
				seconds * Runtime.getRuntime().availableProcessors()));
		long accounted = 0;
		StringBuilder parts = new StringBuilder();
		for (Map.Entry<String, Long> process : this.processes.entrySet()) {
			long used = process.getValue() - before.processes.getOrDefault(process.getKey(), 0L);
			accounted += used;
			parts.append(String.format("%s %.1f s, ", process.getKey(), used / 1e3));
		}
		long busy = this.machineBusyMillis - before.machineBusyMillis;
		return line.append(" (")
			.append(parts)
			.append(String.format("everything else %.1f s)", Math.max(0, busy - accounted) / 1e3))
			.toString();
	}

	/**
	 * What each process and the machine used from {@code before} until now for each of
	 * {@code items}, in microseconds, as one line of the report.
	 */
	String perItem(CpuUse before, long items, String item) {
		if (items <= 0) {
			return "no " + item + "s to share it";
		}
		StringBuilder line = new StringBuilder("CPU per " + item + ": ");
		this.processes.forEach((name, used) -> line.append(
				String.format("%s %.0f µs, ", name, (used - before.processes.getOrDefault(name, 0L)) * 1e3 / items)));
		return line
			.append(String.format("the machine %.0f µs",
					(this.machineBusyMillis - before.machineBusyMillis) * 1e3 / items))
			.toString();
	}

	private static long machineBusyMillis() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			// cpu user nice system idle iowait irq softirq steal ...
			long busy = 0;
			for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
				busy += Long.parseLong(fields[i]);
			}
			return busy * MILLIS_PER_TICK;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
