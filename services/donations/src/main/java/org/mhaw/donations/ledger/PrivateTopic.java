package org.mhaw.donations.ledger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.kafka.EventEnvelopeSerializer;
import org.mhaw.platform.concurrent.Futures;
import org.mhaw.platform.kafka.EventNotPublishedException;
import org.mhaw.platform.kafka.KafkaSettings;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.SendResult;

/**
 * Donations' private topic: declared here (created if missing, kept forever like the
 * shared ones), and written with the platform's durable producer settings
 * ({@code acks=all}, idempotence) but raw JSON values, since its entries are not shared
 * contracts.
 */
@Configuration(proxyBeanMethods = false)
class PrivateTopic {

	@Bean
	NewTopic donationsPrivateTopic(LedgerSettings ledger, KafkaSettings kafka) {
		return TopicBuilder.name(ledger.topic())
			.partitions(kafka.partitions())
			.replicas(kafka.replicationFactor())
			.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"))
			.build();
	}

	/**
	 * Supporters' keys: only the latest record per supporter matters, and an erasure's
	 * tombstone must take the key off the broker's disks too. Compaction does that for
	 * any key within {@code max.compaction.lag.ms} (a week) of its tombstone; the
	 * tombstone itself stays a day, for followers that were away.
	 */
	@Bean
	NewTopic donationsKeysTopic(LedgerSettings ledger, KafkaSettings kafka) {
		return TopicBuilder.name(ledger.keysTopic())
			.partitions(kafka.partitions())
			.replicas(kafka.replicationFactor())
			.compact()
			.configs(Map.of(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(Duration.ofDays(7).toMillis()),
					TopicConfig.SEGMENT_MS_CONFIG, Long.toString(Duration.ofDays(1).toMillis()),
					TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(1).toMillis())))
			.build();
	}

	/**
	 * One producer for the service's shared events and its own records: Boot's template,
	 * which the {@code EventPublisher} uses, is built on this factory too, and the
	 * factory shares one producer. A webhook's one round of acknowledgements is then one
	 * produce request and one network thread, not one each per producer.
	 */
	@Bean
	DefaultKafkaProducerFactory<Object, Object> kafkaProducerFactory(KafkaProperties kafkaProperties) {
		Map<Class<?>, Serializer<?>> byType = Map.of(byte[].class, new ByteArraySerializer(), EventEnvelope.class,
				new EventEnvelopeSerializer());
		return new DefaultKafkaProducerFactory<>(kafkaProperties.buildProducerProperties(), null,
				new DelegatingByTypeSerializer(byType));
	}

	@Bean
	Writer privateTopicWriter(DefaultKafkaProducerFactory<Object, Object> kafkaProducerFactory, LedgerSettings ledger,
			KafkaSettings kafka) {
		return new Writer(new KafkaTemplate<>(kafkaProducerFactory), ledger.topic(), kafka);
	}

	/** Appends entries and returns once the broker has them. */
	static final class Writer {

		private final KafkaTemplate<Object, Object> template;

		private final String topic;

		private final KafkaSettings settings;

		Writer(KafkaTemplate<Object, Object> template, String topic, KafkaSettings settings) {
			this.template = template;
			this.topic = topic;
			this.settings = settings;
		}

		/**
		 * Appends an entry and returns once the broker has it.
		 * @param entry the entry
		 * @return where it was written
		 */
		RecordMetadata append(LedgerEntry entry) {
			return await(send(entry), this.topic);
		}

		/**
		 * Sends an entry without waiting, to be awaited with other writes in one round of
		 * acknowledgements.
		 * @param entry the entry
		 * @return the broker's acknowledgement, to {@link #await}
		 */
		CompletableFuture<SendResult<Object, Object>> send(LedgerEntry entry) {
			return this.template.send(this.topic, entry.donationId(), LedgerCodec.encode(entry));
		}

		/**
		 * Writes a record to one of donations' own topics and returns once the broker has
		 * it.
		 * @param topic the topic
		 * @param key the record key
		 * @param value the value, or {@code null} for a tombstone
		 */
		void write(String topic, String key, byte[] value) {
			await(this.template.send(topic, key, value), topic);
		}

		/**
		 * Waits for the broker to acknowledge a write.
		 * @param sent the write
		 * @param topic its topic, for the error
		 * @return where it was written
		 * @throws EventNotPublishedException if it was not acknowledged in time
		 */
		RecordMetadata await(CompletableFuture<SendResult<Object, Object>> sent, String topic) {
			return Futures.join(acknowledged(sent, topic));
		}

		/**
		 * Where a write landed, once the broker has acknowledged it.
		 * @param sent the write
		 * @param topic its topic, for the error
		 * @return where it was written; failed with {@link EventNotPublishedException} if
		 * it was not acknowledged in time
		 */
		CompletableFuture<RecordMetadata> acknowledged(CompletableFuture<SendResult<Object, Object>> sent,
				String topic) {
			return sent.copy()
				.orTimeout(this.settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)
				.handle((result, failure) -> {
					if (failure != null) {
						throw new EventNotPublishedException("broker did not acknowledge a write to " + topic,
								Futures.cause(failure));
					}
					return result.getRecordMetadata();
				});
		}

		String topic() {
			return this.topic;
		}

	}

}
