package org.mhaw.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One service of the platform as the launcher runs it.
 *
 * @param name the service (its module and jar name)
 * @param port its HTTP port
 * @param homePath the page to open first
 * @param jar its executable jar
 */
record ServiceSpec(String name, int port, String homePath, Path jar) {

	static List<ServiceSpec> platform(Path root) {
		return List.of(spec(root, "donations", 8081, "/"), spec(root, "pledges", 8082, "/"),
				spec(root, "local-events", 8083, "/"), spec(root, "tips", 8084, "/"),
				spec(root, "dashboard", 8080, "/"));
	}

	private static ServiceSpec spec(Path root, String name, int port, String homePath) {
		return new ServiceSpec(name, port, homePath,
				root.resolve("services").resolve(name).resolve("target").resolve(name + ".jar"));
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
