package org.mhaw.platform.kafka;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ValidationException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.UnreadableEventException;
import org.mhaw.events.kafka.EventEnvelopeSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka as every service uses it: the shared topics (created if missing), one event
 * publisher, and one error handler that dead-letters what cannot be processed so the
 * consumer carries on.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaSettings.class)
public class KafkaPlatformAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<String, EventEnvelope> kafkaTemplate, Environment environment,
			Clock clock, KafkaSettings settings) {
		String producer = environment.getRequiredProperty("spring.application.name");
		return new EventPublisher(kafkaTemplate, producer, clock, settings);
	}

	/**
	 * Every shared topic and its dead-letter topic, kept for the whole campaign. Each
	 * service declares them all; the first to start creates them and the rest find them
	 * there.
	 */
	@Bean
	KafkaAdmin.NewTopics sharedTopics(KafkaSettings settings) {
		List<NewTopic> topics = new ArrayList<>();
		for (String topic : Topics.ALL) {
			topics.add(keptForever(topic, settings));
			topics.add(keptForever(Topics.deadLetterOf(topic), settings));
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	private static NewTopic keptForever(String name, KafkaSettings settings) {
		// The log is the system of record: projections are rebuilt by replaying it from
		// the start.
		return new NewTopic(name, settings.partitions(), settings.replicationFactor())
			.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
	}

	/**
	 * Retries a failing record a few times (a passing fault, such as Redis restarting),
	 * then publishes it to {@code <topic>-dlt} on the same partition with the failure in
	 * its headers. Records that can never succeed (unreadable or invalid) go straight to
	 * the dead-letter topic.
	 */
	@Bean
	CommonErrorHandler deadLetteringErrorHandler(KafkaProperties kafkaProperties, KafkaSettings settings,
			ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meterRegistry) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate(kafkaProperties),
				(record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
				new FixedBackOff(500L, Math.max(0, settings.dltAttempts() - 1)));
		handler.addNotRetryableExceptions(UnreadableEventException.class, ValidationException.class);
		meterRegistry.ifAvailable((registry) -> handler.setRetryListeners(new DeadLetterMetrics(registry)));
		return handler;
	}

	/**
	 * A record that failed to deserialise carries its original bytes; one that failed
	 * later carries its envelope. The dead-letter producer writes either, unchanged.
	 */
	private static KafkaTemplate<String, Object> deadLetterTemplate(KafkaProperties kafkaProperties) {
		Map<Class<?>, Serializer<?>> byType = Map.of(byte[].class, new ByteArraySerializer(), EventEnvelope.class,
				new EventEnvelopeSerializer());
		DefaultKafkaProducerFactory<String, Object> factory = new DefaultKafkaProducerFactory<>(
				kafkaProperties.buildProducerProperties(), new StringSerializer(),
				new DelegatingByTypeSerializer(byType));
		return new KafkaTemplate<>(factory);
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
		return new KafkaHealthIndicator(kafkaAdmin);
	}

}
