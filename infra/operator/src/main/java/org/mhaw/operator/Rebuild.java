package org.mhaw.operator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Asks the dashboard to throw its projections away and rebuild them from the log:
 * {@code POST /api/dashboard/rebuild} as the staff user.
 */
final class Rebuild {

	static final String PATH = "/api/dashboard/rebuild";

	private Rebuild() {
	}

	/**
	 * Calls the rebuild endpoint and waits for its answer.
	 * @param dashboard the dashboard's (or the proxy's) base URL
	 * @param staffPassword the staff user's password
	 * @return the dashboard's answer
	 */
	static HttpResponse<String> call(URI dashboard, String staffPassword) throws IOException, InterruptedException {
		String credentials = Base64.getEncoder()
			.encodeToString(("staff:" + staffPassword).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(dashboard.resolve(PATH))
			.timeout(Duration.ofMinutes(10))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		return HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.build()
			.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The staff password: {@code STAFF_PASSWORD}, else the one the embedded default keeps
	 * in its data folder.
	 */
	static String staffPassword(Map<String, String> env, Path data) throws IOException {
		String configured = env.get("STAFF_PASSWORD");
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		Path file = data.resolve("staff-password");
		if (!Files.isRegularFile(file)) {
			throw new OperatorException("Set STAFF_PASSWORD (there is no " + file + " from infra/run)");
		}
		return Files.readString(file, StandardCharsets.UTF_8).strip();
	}

}
