package org.mhaw.donations;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.testsupport.TopicReader;

/** Requests, ids and what the topics hold about them, for the donations tests. */
final class Donations {

	static final String PRIVATE_TOPIC = "mhaw.donations.private";

	static final String KEYS_TOPIC = "mhaw.donations.keys";

	private Donations() {
	}

	static String newKey() {
		return UUID.randomUUID().toString();
	}

	/** The donation a request with this idempotency key opens. */
	static String idFor(String idempotencyKey) {
		return IdempotencyKeys.derivedId("don", idempotencyKey);
	}

	static String simple(long amountPence) {
		return "{\"amountPence\":" + amountPence + ",\"currency\":\"GBP\",\"email\":\"sam@example.org\","
				+ "\"region\":\"NORTH_WEST\"}";
	}

	static String withGiftAidAndMessage(long amountPence) {
		return "{\"amountPence\":" + amountPence + ",\"currency\":\"GBP\",\"email\":\"Alex.Jones@Example.org\","
				+ "\"displayName\":\"Alex\",\"message\":\"Walking together every Sunday\",\"postcode\":\"EH1 1YZ\","
				+ "\"giftAid\":{\"title\":\"Ms\",\"firstName\":\"Alexandra\",\"surname\":\"Quillfeather\","
				+ "\"houseNameOrNumber\":\"Rose Cottage\",\"postcode\":\"EH1 1YZ\",\"ukTaxpayer\":true,"
				+ "\"wordingVersion\":\"single-donation-2025-05\"}}";
	}

	static List<DonationReceived> received(String donationId) {
		return TopicReader.events(Topics.DONATIONS)
			.stream()
			.map(EventEnvelope::payload)
			.filter((event) -> event instanceof DonationReceived received && received.donationId().equals(donationId))
			.map(DonationReceived.class::cast)
			.toList();
	}

	static List<EventEnvelope> eventsAbout(String aggregateKey) {
		return Topics.ALL.stream()
			.flatMap((topic) -> TopicReader.events(topic).stream())
			.filter((envelope) -> envelope.aggregateKey().equals(aggregateKey))
			.toList();
	}

	static List<ConsumerRecord<String, byte[]>> privateEntries(String donationId) {
		return TopicReader.records(PRIVATE_TOPIC).stream().filter((record) -> donationId.equals(record.key())).toList();
	}

	/**
	 * Records on every topic donations writes, to show that a refused request wrote none.
	 */
	static int recordsEverywhere() {
		return TopicReader.records(PRIVATE_TOPIC).size()
				+ Topics.ALL.stream().mapToInt((topic) -> TopicReader.records(topic).size()).sum();
	}

}
