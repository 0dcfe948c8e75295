package org.mhaw.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What the launcher tells the person who ran it: it is a command-line tool, so it prints.
 */
final class Console {

	private static final PrintStream OUT = System.out;

	private static final String ROW = "  %-16s %s%n";

	private Console() {
	}

	static void say(String line) {
		OUT.println("[mhaw] " + line);
	}

	static void fail(String line) {
		System.err.println("[mhaw] " + line);
	}

	static void printUrls(List<ServiceSpec> services, LocalKafka kafka, LocalRedis redis, StaffCredentials staff,
			Path data) {
		OUT.println();
		OUT.println("mhaw-platform is running. Ctrl-C stops everything; data is kept in " + data);
		OUT.println();
		for (ServiceSpec service : services) {
			for (ServiceSpec.Page page : service.pages()) {
				OUT.printf(ROW, page.label(), service.baseUrl() + page.path());
			}
		}
		OUT.println();
		OUT.printf("  %-16s %-46s %s%n", "service", "health", "metrics");
		for (ServiceSpec service : services) {
			OUT.printf("  %-16s %-46s %s%n", service.name(), service.baseUrl() + "/actuator/health",
					service.baseUrl() + "/actuator/prometheus");
		}
		OUT.println();
		OUT.printf(ROW, "Staff sign-in", staff.username() + " / " + staff.password() + "  (" + staff.origin() + ")");
		OUT.printf(ROW, "Kafka", kafka.bootstrapServers() + "  (" + kafka.description() + ")");
		OUT.printf(ROW, "Redis", redis.url() + "  (" + redis.description() + ")");
		OUT.printf(ROW, "Logs", data.resolve("logs"));
		OUT.println();
	}

}
