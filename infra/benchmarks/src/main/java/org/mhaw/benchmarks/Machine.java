package org.mhaw.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.kafka.common.utils.AppInfoParser;

/** The machine a run measured, as the report states it. */
record Machine(int cpus, String cpuModel, long memoryMiB, String java, String os, String kafka) {

	static Machine describe() {
		return new Machine(Runtime.getRuntime().availableProcessors(), procLine("/proc/cpuinfo", "model name"),
				parseKiB(procLine("/proc/meminfo", "MemTotal")) / 1024,
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
				System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
						+ System.getProperty("os.arch"),
				AppInfoParser.getVersion());
	}

	/** The 1, 5 and 15 minute load averages: other work on the machine shows here. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String procLine(String file, String key) {
		try {
			List<String> lines = Files.readAllLines(Path.of(file));
			return lines.stream()
				.filter((line) -> line.startsWith(key))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static long parseKiB(String value) {
		try {
			return Long.parseLong(value.replace("kB", "").trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
