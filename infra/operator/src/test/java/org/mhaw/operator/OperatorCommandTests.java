package org.mhaw.operator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mhaw.testsupport.RealInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

@RealInfrastructure
class OperatorCommandTests {

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@TempDir
	Path data;

	@Test
	void listsDeadLettersWithTheirOriginAndCauseThenReplaysOneOnce() throws Exception {
		DeadLetterFixture.createTopics();
		DeadLetterFixture.deadLetter("tip-command", "{\"slug\":\"command\"}", "no such tip");
		Operator operator = operator(Map.of("KAFKA_BOOTSTRAP_SERVERS", DeadLetterFixture.bootstrapServers()));

		int listed = operator.run("dlt", "list", DeadLetterFixture.DLT);

		assertThat(listed).isZero();
		String list = output();
		assertThat(list).startsWith(DeadLetterFixture.DLT + ": ")
			.contains("key tip-command")
			.contains("from " + DeadLetterFixture.TOPIC + " ")
			.contains("java.lang.IllegalStateException: ")
			.contains("no such tip");
		String ref = list.lines()
			.filter((line) -> line.contains("key tip-command"))
			.findFirst()
			.orElseThrow()
			.strip()
			.split(" ")[0];
		assertThat(operator.run("dlt", "replay", DeadLetterFixture.DLT, ref)).isZero();
		assertThat(operator.run("dlt", "replay", DeadLetterFixture.DLT, ref)).isEqualTo(1);
		assertThat(output()).containsPattern(ref + " +refused: already replayed");
	}

	@Test
	void answersAnUnknownCommandWithItsUsage() {
		int status = operator(Map.of()).run("dlt", "purge");

		assertThat(status).isEqualTo(2);
		assertThat(output()).startsWith("usage: infra/ops dlt list");
	}

	@Test
	void rebuildCallsTheDashboardAsStaffWithThePasswordKeptByTheLauncher() throws IOException {
		Files.writeString(this.data.resolve("staff-password"), "kept-by-launcher\n");
		String expected = "Basic " + Base64.getEncoder().encodeToString("staff:kept-by-launcher".getBytes());
		HttpServer dashboard = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		dashboard.createContext(Rebuild.PATH, (exchange) -> {
			boolean staff = "POST".equals(exchange.getRequestMethod())
					&& expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
			byte[] body = (staff ? "{\"rebuilt\":true}" : "").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(staff ? 200 : 401, (body.length > 0) ? body.length : -1);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		dashboard.start();
		try {
			String url = "http://127.0.0.1:" + dashboard.getAddress().getPort();

			int rebuilt = operator(Map.of("DASHBOARD_URL", url)).run("rebuild");
			int refused = operator(Map.of("DASHBOARD_URL", url, "STAFF_PASSWORD", "wrong")).run("rebuild");

			assertThat(rebuilt).isZero();
			assertThat(refused).isEqualTo(1);
			assertThat(output()).contains("POST " + url + Rebuild.PATH + " -> 200")
				.contains("{\"rebuilt\":true}")
				.contains("-> 401");
		}
		finally {
			dashboard.stop(0);
		}
	}

	private Operator operator(Map<String, String> env) {
		return new Operator(env, this.data, new PrintStream(this.printed, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

}
