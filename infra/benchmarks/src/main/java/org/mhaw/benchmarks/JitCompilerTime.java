package org.mhaw.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time a JVM's JIT compiler threads have used, from {@code /proc}. On two
 * saturated cores C2 takes minutes to compile a service's hot paths (each compilation
 * competes with the load for a core), and until it has, its threads take a fifth of the
 * service's CPU: figures measured then are a cold start's, not an appeal night's.
 */
final class JitCompilerTime {

	private JitCompilerTime() {
	}

	/**
	 * @param pid the JVM's process id
	 * @return milliseconds of CPU its compiler threads have used so far, or 0 if
	 * {@code /proc} cannot say
	 */
	static long millis(long pid) {
		try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
			return tasks.mapToLong(JitCompilerTime::compilerMillis).sum();
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static long compilerMillis(Path task) {
		try {
			// Thread names are cut to 15 characters: "C1 CompilerThre", "C2
			// CompilerThre".
			if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) {
				return 0;
			}
			String stat = Files.readString(task.resolve("stat"));
			// After "pid (comm) ": state is field 3, utime field 14, stime field 15.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * CpuUse.MILLIS_PER_TICK;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
