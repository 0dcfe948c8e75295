package org.mhaw.donations;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import org.mhaw.events.Topics;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.donation.DonationRefunded;
import org.mhaw.testsupport.TopicReader;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff give money back; never more than was given, and the totals can follow. */
@DonationsTest
class RefundTests {

	@LocalServerPort
	private int port;

	private DonationsHttp http() {
		return new DonationsHttp(this.port);
	}

	private String receivedDonation(long amountPence) {
		String key = Donations.newKey();
		String donationId = Donations.idFor(key);
		http().postJson("/api/donations", key, Donations.simple(amountPence));
		assertThat(http().confirm(donationId, amountPence).statusCode()).isEqualTo(200);
		return donationId;
	}

	private HttpResponse<String> refund(String donationId, String body) {
		return http().postAsStaff("/api/donations/" + donationId + "/refunds", Donations.newKey(), body);
	}

	@Test
	void onlyStaffMayRefund() {
		String donationId = receivedDonation(1000);

		HttpResponse<String> response = http().postJson("/api/donations/" + donationId + "/refunds", Donations.newKey(),
				"{}");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(refunds(donationId)).isEmpty();
	}

	@Test
	void fullRefundCarriesTheOriginalsRegionGiftAidAndTimeAndCannotBeRepeated() {
		String donationId = receivedDonation(1000);
		EventEnvelope received = TopicReader.events(Topics.DONATIONS)
			.stream()
			.filter((envelope) -> envelope.payload() instanceof DonationReceived event
					&& event.donationId().equals(donationId))
			.findFirst()
			.orElseThrow();

		HttpResponse<String> first = refund(donationId, "{}");
		HttpResponse<String> second = refund(donationId, "{}");

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(DonationsHttp.json(first).path("amountPence").asLong()).isEqualTo(1000);
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		List<DonationRefunded> refunds = refunds(donationId);
		assertThat(refunds).hasSize(1);
		DonationRefunded refunded = refunds.get(0);
		assertThat(refunded.amountPence()).isEqualTo(1000);
		assertThat(refunded.region()).isEqualTo(Region.NORTH_WEST);
		assertThat(refunded.giftAid()).isFalse();
		assertThat(refunded.donationReceivedAt()).isEqualTo(received.occurredAt());
		assertThat(DonationsHttp.json(http().get("/api/donations/" + donationId)).path("status").asString())
			.isEqualTo("refunded");
	}

	@Test
	void partialRefundsNeverAddUpToMoreThanWasGiven() {
		String donationId = receivedDonation(1000);

		HttpResponse<String> part = refund(donationId, "{\"amountPence\":400}");
		HttpResponse<String> tooMuch = refund(donationId, "{\"amountPence\":601}");
		HttpResponse<String> rest = refund(donationId, "{}");

		assertThat(part.statusCode()).isEqualTo(201);
		assertThat(tooMuch.statusCode()).isEqualTo(409);
		assertThat(DonationsHttp.json(tooMuch).path("field").asString()).isEqualTo("amountPence");
		assertThat(rest.statusCode()).isEqualTo(201);
		assertThat(DonationsHttp.json(rest).path("amountPence").asLong()).isEqualTo(600);
		assertThat(refunds(donationId)).map(DonationRefunded::amountPence).containsExactlyInAnyOrder(400L, 600L);
	}

	@Test
	void retriedRefundIsNotASecondRefund() {
		String donationId = receivedDonation(1000);
		String key = Donations.newKey();

		HttpResponse<String> first = http().postAsStaff("/api/donations/" + donationId + "/refunds", key,
				"{\"amountPence\":300}");
		HttpResponse<String> retry = http().postAsStaff("/api/donations/" + donationId + "/refunds", key,
				"{\"amountPence\":300}");

		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(refunds(donationId)).hasSize(1);
	}

	@Test
	void unknownDonationIs404AndPendingOneIs409() {
		String key = Donations.newKey();
		http().postJson("/api/donations", key, Donations.simple(1000));

		assertThat(refund("don-000000000000000000000000", "{}").statusCode()).isEqualTo(404);
		assertThat(refund(Donations.idFor(key), "{}").statusCode()).isEqualTo(409);
		assertThat(refund(Donations.idFor(key), "{\"amountPence\":-5}").statusCode()).isEqualTo(400);
	}

	private static List<DonationRefunded> refunds(String donationId) {
		return TopicReader.events(Topics.DONATIONS)
			.stream()
			.map(EventEnvelope::payload)
			.filter((event) -> event instanceof DonationRefunded refunded && refunded.donationId().equals(donationId))
			.map(DonationRefunded.class::cast)
			.toList();
	}

}
