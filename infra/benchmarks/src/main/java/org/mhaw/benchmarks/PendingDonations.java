package org.mhaw.benchmarks;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Opens donations through the supporters' API ({@code POST /api/donations}, with an
 * {@code Idempotency-Key}), as a supporter's browser would, and keeps the pending ones
 * for the webhook to confirm. The sandbox provider is told not to confirm by itself, so
 * each donation is confirmed exactly once, by the benchmark's signed webhook. The ids are
 * read from the API's 202 answers, so nothing here repeats the service's rules.
 */
final class PendingDonations {

	static final String PATH = "/api/donations";

	private static final String BODY = """
			{"amountPence":%d,"currency":"GBP","email":"supporter-%d@example.org","region":"%s"}""";

	private static final long[] AMOUNTS = { 500, 1000, 2500, 5000, 10000 };

	private static final String[] REGIONS = { "LONDON", "NORTH_WEST", "SCOTLAND", "WALES", "SOUTH_WEST" };

	/** Where the answer says what the webhook needs: {@link PendingDonation}'s fields. */
	private static final List<String> ANSWER_FIELDS = List.of("donationId", "paymentId", "amountPence");

	private final URI uri;

	private final Wrk wrk;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final AtomicLong sequence = new AtomicLong();

	private final Queue<PendingDonation> pending = new ConcurrentLinkedQueue<>();

	PendingDonations(URI baseUrl, Wrk wrk) {
		this.uri = baseUrl.resolve(PATH);
		this.wrk = wrk;
	}

	/**
	 * Opens {@code count} donations, {@code inFlight} at a time, each with its own
	 * idempotency key.
	 * @return how the API took it
	 */
	LoadResult open(int count, int inFlight) {
		List<String> lines = Stream.generate(this::requestLine).limit(count).toList();
		RequestFile requests = RequestFile.write(this.wrk.requestFile("intents"), lines, false);
		Wrk.Captured answers = this.wrk.capture("donation intents, POST " + PATH, this.uri, requests,
				Offer.untilUsedUp(inFlight), ANSWER_FIELDS);
		answers.rows().forEach((row) -> this.pending.add(new PendingDonation(row[0], row[1], Long.parseLong(row[2]))));
		return answers.load();
	}

	private String requestLine() {
		long n = this.sequence.incrementAndGet();
		String body = String.format(BODY, AMOUNTS[(int) (n % AMOUNTS.length)], n % 200_000,
				REGIONS[(int) (n % REGIONS.length)]);
		return RequestFile.line(body,
				Map.of("Content-Type", "application/json", "Idempotency-Key", "bench-" + this.run + "-" + n));
	}

	/** The next pending donation, or {@code null} when all have been handed out. */
	PendingDonation next() {
		return this.pending.poll();
	}

	/** Up to {@code count} pending donations, taken from the others. */
	List<PendingDonation> take(int count) {
		List<PendingDonation> taken = new ArrayList<>();
		PendingDonation next;
		while (taken.size() < count && (next = next()) != null) {
			taken.add(next);
		}
		return taken;
	}

	int size() {
		return this.pending.size();
	}

}
