package org.mhaw.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Times the dashboard's rebuild: from the staff's command until the fresh generation,
 * replayed from the start of the log, is the live one; then checks that it counts every
 * donation.
 */
final class Rebuild {

	private Rebuild() {
	}

	/**
	 * @param logs where thread dumps of the rebuild go, or {@code null} to take none
	 */
	static Duration measure(Dashboard dashboard, ChildProcess dashboardApp, Map<String, ChildProcess> others,
			long expected, Report report, java.nio.file.Path logs) {
		Map<String, ChildProcess> watched = new LinkedHashMap<>();
		watched.put("dashboard", dashboardApp);
		watched.putAll(others);
		CpuUse cpuBefore = CpuUse.now(watched);
		long[] scriptsBefore = BenchRedis.scriptTime();
		Instant start = Instant.now();
		JsonNode started = dashboard.rebuild();
		StackSamples samples = (logs != null) ? StackSamples.of(dashboardApp, "dashboard-rebuild",
				Duration.ofSeconds(1), Duration.ofSeconds(1), 8, logs) : null;
		String generation = started.path("generation").asString();
		Instant deadline = start.plusSeconds(300);
		while (Instant.now().isBefore(deadline)) {
			JsonNode status = dashboard.rebuildStatus();
			String state = status.path("state").asString();
			if (generation.equals(status.path("generation").asString()) && !"running".equals(state)) {
				Duration took = Bench.since(start);
				CpuUse cpuAfter = CpuUse.now(watched);
				long[] scriptsAfter = BenchRedis.scriptTime();
				long calls = scriptsAfter[0] - scriptsBefore[0];
				report.detail(String.format(
						"Redis ran %d scripts (EVALSHA) during the rebuild, for %.1f s of its own time (%.1f ms each): the rest of the %.1f s went elsewhere",
						calls, (scriptsAfter[1] - scriptsBefore[1]) / 1e6,
						(calls > 0) ? (scriptsAfter[1] - scriptsBefore[1]) / 1e3 / calls : 0.0,
						BareParts.seconds(took)));
				report.detail("CPU during that rebuild: " + cpuAfter.since(cpuBefore, BareParts.seconds(took)));
				if (!"done".equals(state)) {
					throw new BenchException("the rebuild ended " + state + ": " + status);
				}
				long count = dashboard.donationCount();
				report.detail("rebuild of generation " + generation + " done (" + status + "); the dashboard counts "
						+ count + " donations"
						+ ((count == expected) ? ", as many as the log holds" : ", but the log holds " + expected));
				if (samples != null) {
					report.detail("where the dashboard's rebuild thread was during the rebuild (thread dumps): "
							+ String.join("; ", samples.top(6)));
				}
				if (count != expected) {
					throw new BenchException("the rebuilt projection counts " + count + ", expected " + expected);
				}
				return took;
			}
			Pause.millis(20);
		}
		throw new BenchException("the rebuild was not done after 300 s");
	}

}
