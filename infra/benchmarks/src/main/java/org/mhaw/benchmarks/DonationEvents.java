package org.mhaw.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mhaw.events.EventCodec;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.EventTypes;
import org.mhaw.events.Region;
import org.mhaw.events.Topics;
import org.mhaw.events.calendar.CampaignCalendar;
import org.mhaw.events.donation.DonationReceived;

/**
 * Writes "donation received" events straight to the donations topic, exactly as the
 * donations service would (the same envelope and codec), so that the log holds a million
 * donations to replay without a million webhooks. Spread over the campaign week, the
 * regions and a pool of returning supporters, with a third gift-aided.
 */
final class DonationEvents {

	private static final long[] AMOUNTS = { 300, 500, 1000, 1500, 2000, 2500, 5000, 10000, 25000 };

	private static final Region[] REGIONS = Region.values();

	private final String bootstrapServers;

	DonationEvents(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * @param count events to write
	 * @return the total of their amounts, in pence
	 */
	long write(int count) {
		Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
				ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
		CampaignCalendar week = new CampaignCalendar(2026);
		long weekMillis = Duration.between(week.start(), week.end()).toMillis();
		SplittableRandom random = new SplittableRandom(20260512);
		AtomicReference<Exception> failure = new AtomicReference<>();
		long pence = 0;
		String type = EventTypes.of(DonationReceived.class).name();
		int version = EventTypes.of(DonationReceived.class).version();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
				new ByteArraySerializer())) {
			for (int i = 0; i < count; i++) {
				long amount = AMOUNTS[random.nextInt(AMOUNTS.length)];
				boolean giftAid = random.nextInt(3) == 0;
				String donationId = "don_bench_" + UUID.randomUUID();
				String supporterId = HexFormat.of().toHexDigits(random.nextLong(300_000)) + "bench";
				DonationReceived donation = new DonationReceived(donationId, supporterId, amount, giftAid,
						giftAid ? "gad_bench_" + supporterId : null, REGIONS[random.nextInt(REGIONS.length - 1)]);
				Instant at = week.start().plusMillis(random.nextLong(weekMillis));
				EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, version, at, "donations",
						donationId, donation);
				producer.send(new ProducerRecord<>(Topics.DONATIONS, donationId, EventCodec.encode(envelope)),
						(metadata, ex) -> {
							if (ex != null) {
								failure.compareAndSet(null, ex);
							}
						});
				pence += amount;
			}
			producer.flush();
		}
		if (failure.get() != null) {
			throw new BenchException("could not write donation events", failure.get());
		}
		return pence;
	}

}
