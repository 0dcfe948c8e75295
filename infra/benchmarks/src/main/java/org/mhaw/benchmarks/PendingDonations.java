package org.mhaw.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens donations through the supporters' API ({@code POST /api/donations}, with an
 * {@code Idempotency-Key}), as a supporter's browser would, and keeps the pending ones
 * for the webhook to confirm. The sandbox provider is told not to confirm by itself, so
 * each donation is confirmed exactly once, by the benchmark's signed webhook.
 */
final class PendingDonations {

	static final String PATH = "/api/donations";

	private static final String BODY = """
			{"amountPence":%d,"currency":"GBP","email":"supporter-%d@example.org","region":"%s"}""";

	private static final long[] AMOUNTS = { 500, 1000, 2500, 5000, 10000 };

	private static final String[] REGIONS = { "LONDON", "NORTH_WEST", "SCOTLAND", "WALES", "SOUTH_WEST" };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI uri;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final AtomicLong sequence = new AtomicLong();

	private final Queue<PendingDonation> pending = new ConcurrentLinkedQueue<>();

	PendingDonations(URI baseUrl) {
		this.uri = baseUrl.resolve(PATH);
	}

	/**
	 * Opens {@code count} donations, {@code inFlight} at a time.
	 * @return how the API took it
	 */
	LoadResult open(HttpLoad load, int count, int inFlight) {
		AtomicLong left = new AtomicLong(count);
		return load.closedLoop("donation intents, POST " + PATH, () -> (left.getAndDecrement() > 0) ? request() : null,
				inFlight, Duration.ZERO, Duration.ofMinutes(5),
				(sent, answered, response) -> this.pending.add(pendingIn(response.body())));
	}

	private HttpRequest request() {
		long n = this.sequence.incrementAndGet();
		String body = String.format(BODY, AMOUNTS[(int) (n % AMOUNTS.length)], n % 200_000,
				REGIONS[(int) (n % REGIONS.length)]);
		return HttpRequest.newBuilder(this.uri)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", "bench-" + this.run + "-" + n)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static PendingDonation pendingIn(String answer) {
		JsonNode json = JSON.readTree(answer);
		return new PendingDonation(json.path("donationId").asString(),
				json.path("payment").path("paymentId").asString(), json.path("amountPence").asLong());
	}

	/** The next pending donation, or {@code null} when all have been handed out. */
	PendingDonation next() {
		return this.pending.poll();
	}

	int size() {
		return this.pending.size();
	}

}
