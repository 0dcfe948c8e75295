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
 */
record ServiceSpec(String name, int port, List<Page> pages, Path jar) {

	static List<ServiceSpec> platform(Path root) {
		return List.of(spec(root, "donations", 8081, new Page("Donate", "/donate")),
				spec(root, "pledges", 8082, new Page("Pledge", "/pledge")),
				spec(root, "local-events", 8083, new Page("Local events", "/events"),
						new Page("Partner events", "/partner")),
				spec(root, "tips", 8084, new Page("Tips", "/tips")),
				spec(root, "dashboard", 8080, new Page("Dashboard", "/dashboard"), new Page("Totaliser", "/totaliser"),
						new Page("Staff console", "/staff")));
	}

	private static ServiceSpec spec(Path root, String name, int port, Page... pages) {
		return new ServiceSpec(name, port, List.of(pages),
				root.resolve("services").resolve(name).resolve("target").resolve(name + ".jar"));
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
