package org.mhaw.donations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.mhaw.donations.ledger.Donation;
import org.mhaw.donations.ledger.DonationLedger;
import org.mhaw.donations.ledger.DonationLocks;
import org.mhaw.donations.ledger.LedgerEntry;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import org.mhaw.events.Topics;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.donation.GiftAidDeclared;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.testsupport.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider's webhook: only a genuine, fresh, well-formed confirmation counts, and it
 * counts once however it is delivered.
 */
@DonationsTest
class PaymentWebhookTests {

	@LocalServerPort
	private int port;

	@Autowired
	private EventPublisher publisher;

	@Autowired
	private DonationLedger ledger;

	@Autowired
	private DonationLocks locks;

	@Autowired
	private MeterRegistry meters;

	private DonationsHttp http() {
		return new DonationsHttp(this.port);
	}

	private String pendingDonation(long amountPence) {
		String key = Donations.newKey();
		HttpResponse<String> created = http().postJson("/api/donations", key, Donations.simple(amountPence));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
		return Donations.idFor(key);
	}

	@Test
	void forgedSignatureIsRefusedAndNothingIsPublished() {
		String donationId = pendingDonation(1000);
		String body = Webhooks.succeeded(donationId, 1000);
		String genuine = Webhooks.sign(body);
		String forged = genuine.substring(0, genuine.length() - 4) + "beef";

		HttpResponse<String> response = http().webhook(forged, body);
		HttpResponse<String> altered = http().webhook(genuine, body.replace("1000", "1001"));

		assertRefused(response, 401);
		assertRefused(altered, 401);
		assertThat(Donations.received(donationId)).isEmpty();
		assertThat(Donations.privateEntries(donationId)).hasSize(1);
	}

	@Test
	void staleTimestampIsRefusedAndNothingIsPublished() {
		String donationId = pendingDonation(1000);
		String body = Webhooks.succeeded(donationId, 1000);
		Clock sixMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6));

		HttpResponse<String> response = http().webhook(Webhooks.signAt(body, sixMinutesAgo), body);

		assertRefused(response, 401);
		assertThat(DonationsHttp.json(response).path("type").asString()).endsWith("stale-signature");
		assertThat(Donations.received(donationId)).isEmpty();
	}

	@Test
	void malformedHeaderOrBodyIsRefusedAndNothingIsPublished() {
		String donationId = pendingDonation(1000);
		String body = Webhooks.succeeded(donationId, 1000);
		String broken = "{\"type\":\"payment.succeeded\",\"donationId\":";
		String fractional = body.replace("\"amountPence\":1000", "\"amountPence\":10.5");
		String unknownType = body.replace("payment.succeeded", "payment.maybe");

		assertRefused(http().webhook(null, body), 400);
		assertRefused(http().webhook("v1=abc", body), 400);
		assertRefused(http().webhook("t=abc,v1=" + "a".repeat(64), body), 400);
		assertRefused(http().webhook(Webhooks.sign(broken), broken), 400);
		assertRefused(http().webhook(Webhooks.sign(fractional), fractional), 400);
		assertRefused(http().webhook(Webhooks.sign(unknownType), unknownType), 400);
		assertRefused(http().webhook(Webhooks.sign(""), ""), 400);
		assertThat(Donations.received(donationId)).isEmpty();
		assertThat(Donations.privateEntries(donationId)).hasSize(1);
	}

	@Test
	void theSameWebhookThreeTimesIsReceivedOnce() {
		String donationId = pendingDonation(1200);
		String body = Webhooks.succeeded(donationId, 1200);
		double publishedBefore = publishedReceived();

		List<HttpResponse<String>> responses = IntStream.range(0, 3)
			.mapToObj((i) -> http().webhook(Webhooks.sign(body), body))
			.toList();

		assertThat(responses).map(HttpResponse::statusCode).containsOnly(200);
		assertThat(responses).map((response) -> DonationsHttp.json(response).path("outcome").asString())
			.containsExactly("applied", "duplicate", "duplicate");
		assertThat(Donations.received(donationId)).hasSize(1);
		assertThat(publishedReceived() - publishedBefore).isEqualTo(1.0);
	}

	/**
	 * The webhook is finished on other threads than the one that took it: its trace must
	 * still reach the events it publishes, sampled or not.
	 */
	@Test
	void theWebhooksTraceGoesWithTheEventsItPublishes() {
		String donationId = pendingDonation(1750);
		String body = Webhooks.succeeded(donationId, 1750);
		String traceId = UUID.randomUUID().toString().replace("-", "");

		HttpResponse<String> response = http().webhook(Webhooks.sign(body), body,
				"00-" + traceId + "-b7ad6b7169203331-00");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Header traceparent = TopicReader.records(Topics.DONATIONS)
			.stream()
			.filter((record) -> donationId.equals(record.key()))
			.findFirst()
			.orElseThrow()
			.headers()
			.lastHeader("traceparent");
		assertThat(traceparent).isNotNull();
		assertThat(new String(traceparent.value(), StandardCharsets.UTF_8)).contains(traceId);
	}

	/** {@code mhaw_events_published_total{type="donation.received"}} so far. */
	private double publishedReceived() {
		Counter counter = this.meters.find("mhaw.events.published").tag("type", "donation.received").counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void concurrentDeliveriesOfOneConfirmationPublishOnce() throws Exception {
		String donationId = pendingDonation(1300 + 1);
		String body = Webhooks.succeeded(donationId, 1301);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Future<HttpResponse<String>>> sent = IntStream.range(0, 10)
			.mapToObj((i) -> pool.submit(() -> http().webhook(Webhooks.sign(body), body)))
			.toList();
		for (Future<HttpResponse<String>> response : sent) {
			assertThat(response.get().statusCode()).isEqualTo(200);
		}
		pool.shutdown();

		assertThat(Donations.received(donationId)).hasSize(1);
	}

	@Test
	void failureAfterSuccessChangesNothing() {
		String donationId = pendingDonation(1400);
		String succeeded = Webhooks.succeeded(donationId, 1400);
		String failed = Webhooks.failed(donationId, 1400);

		http().webhook(Webhooks.sign(succeeded), succeeded);
		HttpResponse<String> late = http().webhook(Webhooks.sign(failed), failed);

		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(DonationsHttp.json(late).path("outcome").asString()).isEqualTo("ignored");
		assertThat(Donations.received(donationId)).hasSize(1);
		assertThat(DonationsHttp.json(http().get("/api/donations/" + donationId)).path("status").asString())
			.isEqualTo("received");
	}

	@Test
	void confirmationBeforeTheIntentIsKnownIsRetriedAndThenReceivedOnce() {
		String key = Donations.newKey();
		String donationId = Donations.idFor(key);
		String body = Webhooks.succeeded(donationId, 1500);

		HttpResponse<String> early = http().webhook(Webhooks.sign(body), body);
		http().postJson("/api/donations", key, Donations.simple(1500));
		HttpResponse<String> retried = http().webhook(Webhooks.sign(body), body);
		HttpResponse<String> again = http().webhook(Webhooks.sign(body), body);

		assertRefused(early, 409);
		assertThat(retried.statusCode()).isEqualTo(200);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(Donations.received(donationId)).hasSize(1);
	}

	@Test
	void declinedPaymentIsNeverReceivedEvenIfRepeated() {
		String donationId = pendingDonation(1600);
		String failed = Webhooks.failed(donationId, 1600);

		http().webhook(Webhooks.sign(failed), failed);
		HttpResponse<String> repeated = http().webhook(Webhooks.sign(failed), failed);

		assertThat(DonationsHttp.json(repeated).path("outcome").asString()).isEqualTo("duplicate");
		assertThat(Donations.received(donationId)).isEmpty();
		assertThat(DonationsHttp.json(http().get("/api/donations/" + donationId)).path("status").asString())
			.isEqualTo("declined");
	}

	@Test
	void confirmationForAnotherAmountIsRefused() {
		String donationId = pendingDonation(1700);
		String body = Webhooks.succeeded(donationId, 170);

		HttpResponse<String> response = http().webhook(Webhooks.sign(body), body);

		assertRefused(response, 422);
		assertThat(Donations.received(donationId)).isEmpty();
	}

	@Test
	void aConfirmationCutOffAfterReceivedIsCompletedByTheNextDelivery() {
		String key = Donations.newKey();
		String donationId = Donations.idFor(key);
		String declarationId = IdempotencyKeys.derivedId("gad", key);
		http().postJson("/api/donations", key, Donations.withGiftAidAndMessage(2500));
		// As if the first delivery's broker round had only "received" acknowledged, and
		// then this instance died: no declaration, no message, no payment reference.
		this.publisher
			.publish(new DonationReceived(donationId, "supporter-cut-off", 2500, true, declarationId, Region.SCOTLAND));
		HttpResponse<String> refundTooSoon = http().postAsStaff("/api/donations/" + donationId + "/refunds",
				Donations.newKey(), "{}");
		String body = Webhooks.succeeded(donationId, 2500);

		HttpResponse<String> retried = http().webhook(Webhooks.sign(body), body);

		assertRefused(refundTooSoon, 409);
		assertThat(DonationsHttp.json(retried).path("outcome").asString()).isEqualTo("duplicate");
		assertThat(Donations.received(donationId)).hasSize(1);
		assertThat(Donations.privateEntries(donationId)).hasSize(2);
		assertThat(Donations.eventsAbout(declarationId)).map(EventEnvelope::payload)
			.singleElement()
			.isInstanceOf(GiftAidDeclared.class);
		assertThat(Donations.eventsAbout(donationId)).map(EventEnvelope::payload)
			.anyMatch(ModerationRequested.class::isInstance);
		assertThat(
				http().postAsStaff("/api/donations/" + donationId + "/refunds", Donations.newKey(), "{}").statusCode())
			.isEqualTo(201);
	}

	@Test
	void aConfirmationCutOffWithOnlyItsReferenceAcknowledgedIsReceivedOnTheNextDelivery() {
		String donationId = pendingDonation(1750);
		// As if the first delivery's one round of acknowledgements had only the private
		// topic's payment reference in it.
		try (DonationLocks.Held held = this.locks.lock(donationId)) {
			this.ledger.awaitCaughtUp(held);
			this.ledger.record(new LedgerEntry.PaymentConfirmed(donationId, "pay-" + donationId, Instant.now()), held);
		}
		String body = Webhooks.succeeded(donationId, 1750);

		HttpResponse<String> retried = http().webhook(Webhooks.sign(body), body);
		HttpResponse<String> again = http().webhook(Webhooks.sign(body), body);

		assertThat(DonationsHttp.json(retried).path("outcome").asString()).isEqualTo("applied");
		assertThat(DonationsHttp.json(again).path("outcome").asString()).isEqualTo("duplicate");
		assertThat(Donations.received(donationId)).hasSize(1);
		assertThat(
				http().postAsStaff("/api/donations/" + donationId + "/refunds", Donations.newKey(), "{}").statusCode())
			.isEqualTo(201);
	}

	@Test
	void aSuccessfulPaymentAfterADeclinedOneIsReceivedWithItsOwnReference() {
		String donationId = pendingDonation(1800);
		String declined = Webhooks.failed(donationId, 1800).replace("pay-" + donationId, "pay-declined");
		String succeeded = Webhooks.succeeded(donationId, 1800);

		http().webhook(Webhooks.sign(declined), declined);
		HttpResponse<String> later = http().webhook(Webhooks.sign(succeeded), succeeded);

		assertThat(DonationsHttp.json(later).path("outcome").asString()).isEqualTo("applied");
		assertThat(Donations.received(donationId)).hasSize(1);
		assertThat(this.ledger.find(donationId)).get().extracting(Donation::paymentId).isEqualTo("pay-" + donationId);
	}

	private static void assertRefused(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

}
