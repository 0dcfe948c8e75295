package org.mhaw.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What the launcher tells the person who ran it: it is a command-line tool, so it prints.
 */
final class Console {

	private static final PrintStream OUT = System.out;

	private Console() {
	}

	static void say(String line) {
		OUT.println("[mhaw] " + line);
	}

	static void printUrls(List<ServiceSpec> services, LocalKafka kafka, LocalRedis redis, Path data) {
		OUT.println();
		OUT.println("mhaw-platform is running. Ctrl-C stops everything; data is kept in " + data);
		OUT.println();
		OUT.printf("  %-14s %-40s %s%n", "service", "pages and API", "metrics");
		for (ServiceSpec service : services) {
			OUT.printf("  %-14s %-40s %s%n", service.name(), service.baseUrl() + service.homePath(),
					service.baseUrl() + "/actuator/prometheus");
		}
		OUT.println();
		OUT.println("  Kafka  " + kafka.bootstrapServers());
		OUT.println("  Redis  " + redis.url());
		OUT.println();
	}

}
