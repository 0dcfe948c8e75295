package org.mhaw.donations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mhaw.donations.privacy.PersonalDataVault;
import org.mhaw.platform.supporter.SupporterIds;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import org.mhaw.events.Topics;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.donation.GiftAidDeclared;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A supporter gives through the API and the provider confirms by signed webhook. */
@DonationsTest
class DonationFlowTests {

	@LocalServerPort
	private int port;

	@Autowired
	private PersonalDataVault vault;

	@Autowired
	private SupporterIds supporterIds;

	private DonationsHttp http() {
		return new DonationsHttp(this.port);
	}

	@Test
	void confirmedDonationIsReceivedOnceWithItsAmountGiftAidAndRegion() {
		String key = Donations.newKey();

		HttpResponse<String> created = http().postJson("/api/donations", key, Donations.withGiftAidAndMessage(2500));
		JsonNode answer = DonationsHttp.json(created);
		String donationId = answer.path("donationId").asString();
		String confirmation = Webhooks.succeeded(donationId, 2500);
		HttpResponse<String> confirmed = http().webhook(Webhooks.sign(confirmation), confirmation);

		assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
		assertThat(answer.path("status").asString()).isEqualTo("pending");
		assertThat(answer.path("payment").path("provider").asString()).isEqualTo("sandbox");
		assertThat(created.headers().firstValue("Location")).hasValue("/api/donations/" + donationId);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		List<DonationReceived> received = Donations.received(donationId);
		assertThat(received).hasSize(1);
		DonationReceived event = received.get(0);
		assertThat(event.amountPence()).isEqualTo(2500);
		assertThat(event.giftAid()).isTrue();
		assertThat(event.giftAidDeclarationId()).startsWith("gad-");
		assertThat(event.region()).isEqualTo(Region.SCOTLAND);
		assertThat(event.supporterId()).startsWith("sup-").doesNotContain("example");
		assertThat(Donations.eventsAbout(event.giftAidDeclarationId())).map(EventEnvelope::payload)
			.containsExactly(
					new GiftAidDeclared(event.giftAidDeclarationId(), event.supporterId(), "single-donation-2025-05"));
		assertThat(TopicReader.events(Topics.MODERATION)).map(EventEnvelope::payload)
			.contains(new ModerationRequested(donationId, ModerationKind.DONOR_MESSAGE, null,
					"Walking together every Sunday", "Alex", Region.SCOTLAND));
		assertThat(DonationsHttp.json(http().get("/api/donations/" + donationId)).path("status").asString())
			.isEqualTo("received");
	}

	@Test
	void personalDetailsAreOnlyOnThePrivateTopicAndOnlyEncrypted() {
		String key = Donations.newKey();
		String donationId = Donations.idFor(key);

		http().postJson("/api/donations", key, Donations.withGiftAidAndMessage(1000));
		http().confirm(donationId, 1000);

		List<ConsumerRecord<String, byte[]>> entries = Donations.privateEntries(donationId);
		assertThat(entries).isNotEmpty();
		String privateText = text(entries);
		assertThat(privateText).contains("\"kind\":\"donation-opened\"", "\"wordingVersion\"", "\"ukTaxpayer\":true")
			.doesNotContainIgnoringCase("Quillfeather")
			.doesNotContainIgnoringCase("Rose Cottage")
			.doesNotContainIgnoringCase("alex.jones@example.org")
			.doesNotContainIgnoringCase("EH1 1YZ");
		String sharedText = text(Topics.ALL.stream().flatMap((topic) -> TopicReader.records(topic).stream()).toList());
		assertThat(sharedText).doesNotContainIgnoringCase("Quillfeather")
			.doesNotContainIgnoringCase("Rose Cottage")
			.doesNotContainIgnoringCase("alex.jones@example.org")
			.doesNotContainIgnoringCase("EH1 1YZ");
	}

	@Test
	void erasureLeavesThePrivateTopicUnreadableWithoutRewritingIt() {
		String key = Donations.newKey();
		String donationId = Donations.idFor(key);
		http().postJson("/api/donations", key,
				Donations.simple(800).replace("sam@example.org", "erase.me@example.org"));
		String supporterId = this.supporterIds.of("erase.me@example.org");
		String sealedEmail = DonationsHttp.JSON.readTree(Donations.privateEntries(donationId).get(0).value())
			.path("sealedEmail")
			.asString();
		assertThat(this.vault.open(supporterId, sealedEmail)).isEqualTo("erase.me@example.org");

		HttpResponse<String> anonymous = http().postJson("/api/donations/erasures", null,
				"{\"email\":\"erase.me@example.org\"}");
		HttpResponse<String> erased = http().postAsStaff("/api/donations/erasures", Donations.newKey(),
				"{\"email\":\"Erase.Me@example.org\"}");

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
		assertThat(DonationsHttp.json(erased).path("keyShredded").asBoolean()).isTrue();
		assertThat(Donations.privateEntries(donationId)).hasSize(1);
		assertThat(this.vault.open(supporterId, sealedEmail)).isNull();
		assertThat(TopicReader.records(Donations.KEYS_TOPIC)).filteredOn((record) -> supporterId.equals(record.key()))
			.last()
			.extracting(ConsumerRecord::value)
			.as("the key's tombstone, for compaction to take the key off the broker's disks")
			.isNull();
	}

	@Test
	void fiftyConcurrentRequestsWithOneKeyOpenOneDonationAndReplayTheFirstAnswer() throws Exception {
		String key = Donations.newKey();
		String body = Donations.simple(1500);
		ExecutorService pool = Executors.newFixedThreadPool(50);
		List<Future<HttpResponse<String>>> sent = IntStream.range(0, 50)
			.mapToObj((i) -> pool.submit(() -> http().postJson("/api/donations", key, body)))
			.toList();
		List<HttpResponse<String>> responses = sent.stream().map(DonationFlowTests::get).toList();
		pool.shutdown();

		List<HttpResponse<String>> accepted = responses.stream().filter((r) -> r.statusCode() == 202).toList();
		assertThat(accepted).isNotEmpty();
		assertThat(responses).allSatisfy((response) -> assertThat(response.statusCode()).isIn(202, 409));
		assertThat(accepted).map(HttpResponse::body).containsOnly(accepted.get(0).body());
		assertThat(Donations.privateEntries(Donations.idFor(key))).hasSize(1);
		HttpResponse<String> replay = http().postJson("/api/donations", key, body);
		assertThat(replay.statusCode()).isEqualTo(202);
		assertThat(replay.body()).isEqualTo(accepted.get(0).body());
		assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
	}

	@Test
	void businessCountsAreExposedToPrometheus() {
		String key = Donations.newKey();
		String donationId = Donations.idFor(key);
		http().postJson("/api/donations", key, Donations.simple(700));
		http().confirm(donationId, 700);
		http().webhook("t=1,v1=" + "0".repeat(64), Webhooks.succeeded(donationId, 700));

		String metrics = http().get("/actuator/prometheus").body();

		assertThat(metrics).contains("mhaw_donations_received_total", "mhaw_donations_received_pence_total",
				"mhaw_donations_declined_total", "mhaw_donations_webhook_rejected_total{", "reason=\"forged\"");
	}

	private static String text(List<ConsumerRecord<String, byte[]>> records) {
		return records.stream()
			.map((record) -> new String(record.value(), StandardCharsets.UTF_8))
			.reduce("", String::concat);
	}

	private static HttpResponse<String> get(Future<HttpResponse<String>> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
