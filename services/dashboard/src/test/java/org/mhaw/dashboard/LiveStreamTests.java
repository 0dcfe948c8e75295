package org.mhaw.dashboard;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Open pages hear about every change through server-sent events. */
@DashboardTest
class LiveStreamTests {

	@Autowired
	private KafkaTemplate<String, EventEnvelope> kafka;

	@LocalServerPort
	private int port;

	@Test
	void aStaffSubscriberReceivesTheNewTotalAfterADonation() {
		StaffClient staff = new StaffClient(this.port);
		long raised = LogFigures.awaitTotalsMatchTheLog(staff).raisedPence();
		Stream<String> lines = open(staff.asStaff("/api/dashboard/stream"));
		Queue<JsonNode> pushed = collect(lines);
		await().atMost(Duration.ofSeconds(10)).until(() -> !pushed.isEmpty());

		new CampaignEvents(this.kafka, 21)
			.send(List.of(new CampaignEvents(this.kafka, 21).donation(4_242, Region.SCOTLAND, Instant.now())));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(pushed)
				.anySatisfy((totals) -> assertThat(totals.path("donations").path("raisedPence").asLong())
					.isEqualTo(raised + 4_242)));
		lines.close();
	}

	@Test
	void theTotaliserStreamCarriesOnlyTheTotalAndProgress() {
		StaffClient anyone = new StaffClient(this.port);
		Stream<String> lines = open(HttpRequest.newBuilder(anyone.uri("/totaliser/stream")));
		Queue<JsonNode> pushed = collect(lines);

		await().atMost(Duration.ofSeconds(10)).until(() -> !pushed.isEmpty());

		JsonNode progress = pushed.peek();
		assertThat(progress.propertyNames()).containsExactlyInAnyOrder("raisedPence", "targetPence", "percent");
		lines.close();
	}

	@Test
	void theStaffStreamNeedsAStaffSignIn() {
		StaffClient anyone = new StaffClient(this.port);

		assertThat(anyone.get("/api/dashboard/stream").statusCode()).isEqualTo(401);
	}

	private static Stream<String> open(HttpRequest.Builder request) {
		try {
			return HttpClient.newHttpClient()
				.send(request.header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines())
				.body();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/** Every {@code data:} line the stream sends, parsed, collected in the background. */
	private static Queue<JsonNode> collect(Stream<String> lines) {
		Queue<JsonNode> pushed = new ConcurrentLinkedQueue<>();
		CompletableFuture.runAsync(() -> {
			try {
				lines.filter((line) -> line.startsWith("data:"))
					.forEach((line) -> pushed.add(StaffClient.JSON.readTree(line.substring(5).strip())));
			}
			catch (RuntimeException ex) {
				// the test closed the stream
			}
		});
		return pushed;
	}

}
