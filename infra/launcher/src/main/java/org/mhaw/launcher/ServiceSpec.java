package org.mhaw.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One service of the platform as the launcher runs it.
 *
 * @param name the service (its module and jar name)
 * @param port its HTTP port
 * @param pages the pages people open on it, in the order the URL table lists them
 * @param jar its executable jar
 * @param jvmOptions JVM options of its own, after the launcher's for every service
 */
record ServiceSpec(String name, int port, List<Page> pages, Path jar, List<String> jvmOptions) {

	/**
	 * Donations keeps every donation in memory (its ledger, rebuilt from the log).
	 * Started at the serial collector's default heap, that old generation grew only
	 * through full collections, 0.8 s each on a busy machine: the tail of every webhook
	 * then. Sized, its heap is still only reserved: the young collections that first
	 * promoted into each new stretch of the old generation spent 0.1-0.2 s faulting its
	 * pages in, so they are all touched at start-up instead.
	 */
	static final List<String> DONATIONS_JVM_OPTIONS = List.of("-Xms1g", "-XX:+AlwaysPreTouch");

	static List<ServiceSpec> platform(Path root, PlatformPorts ports) {
		return List.of(
				spec(root, "donations", ports.donations(), new Page("Donate", "/donate"))
					.withJvmOptions(DONATIONS_JVM_OPTIONS),
				spec(root, "pledges", ports.pledges(), new Page("Pledge", "/pledge")),
				spec(root, "local-events", ports.localEvents(), new Page("Local events", "/events"),
						new Page("Partner events", "/partner")),
				spec(root, "tips", ports.tips(), new Page("Tips", "/tips")),
				spec(root, "dashboard", ports.dashboard(), new Page("Dashboard", "/dashboard"),
						new Page("Totaliser", "/totaliser"), new Page("Staff console", "/staff")));
	}

	private static ServiceSpec spec(Path root, String name, int port, Page... pages) {
		return new ServiceSpec(name, port, List.of(pages),
				root.resolve("services").resolve(name).resolve("target").resolve(name + ".jar"), List.of());
	}

	private ServiceSpec withJvmOptions(List<String> options) {
		return new ServiceSpec(this.name, this.port, this.pages, this.jar, options);
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * A page of a service.
	 *
	 * @param label what the URL table calls it
	 * @param path its path on the service
	 */
	record Page(String label, String path) {

	}

}
