package org.mhaw.dashboard.projection;

import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mhaw.dashboard.DashboardSettings;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Builds the projection consumer's listener containers: every shared topic, batch
 * listener, seek to Redis's offsets on assignment.
 * <p>
 * Its error handler differs from the platform's on purpose: a failing batch here almost
 * always means Redis is unreachable, and dead-lettering a batch after three tries would
 * drop those events from the totals for good. So a batch is retried until Redis answers
 * (the container pauses and keeps polling, so the group does not rebalance); only a
 * record that can never be projected is dead-lettered, as everywhere else.
 */
@Component
public class ProjectionConsumers {

	private static final int FETCH_MIN_BYTES = 64 * 1024;

	private static final int FETCH_MAX_WAIT_MS = 20;

	private final ConsumerFactory<String, EventEnvelope> consumerFactory;

	private final ProjectionListener listener;

	private final DashboardSettings settings;

	private final DeadLetterPublishingRecoverer deadLetters;

	@SuppressWarnings("unchecked")
	ProjectionConsumers(ConsumerFactory<?, ?> consumerFactory, ProjectionWriter writer, ProjectionStore store,
			DashboardSettings settings, KafkaProperties kafkaProperties) {
		this.consumerFactory = (ConsumerFactory<String, EventEnvelope>) consumerFactory;
		this.listener = new ProjectionListener(writer, store);
		this.settings = settings;
		// Unreadable records are dead-lettered as the bytes they arrived as.
		KafkaTemplate<String, byte[]> bytes = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
				kafkaProperties.buildProducerProperties(), new StringSerializer(), new ByteArraySerializer()));
		this.deadLetters = new DeadLetterPublishingRecoverer(bytes,
				(record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
	}

	/**
	 * A new, unstarted container in the dashboard's consumer group.
	 * @return the container
	 */
	public ConcurrentMessageListenerContainer<String, EventEnvelope> create() {
		ContainerProperties properties = new ContainerProperties(Topics.ALL.toArray(String[]::new));
		properties.setGroupId(this.settings.consumerGroup());
		properties.setMessageListener(this.listener);
		properties.setConsumerRebalanceListener(this.listener);
		// Commits still happen, so Kafka tools show the group's progress, but on
		// assignment the consumer seeks to Redis's offsets and ignores them.
		properties.setAckMode(ContainerProperties.AckMode.BATCH);
		properties.setObservationEnabled(true);
		properties.setKafkaConsumerProperties(heldBriefly());
		ConcurrentMessageListenerContainer<String, EventEnvelope> container = new ConcurrentMessageListenerContainer<>(
				this.consumerFactory, properties);
		container.setConcurrency(this.settings.consumerConcurrency());
		container.setCommonErrorHandler(errorHandler());
		container.setBeanName("dashboard-projection");
		return container;
	}

	/**
	 * What a page sees waits on this consumer, so it may hold a change only briefly: the
	 * broker answers its fetch once {@value #FETCH_MIN_BYTES} bytes are there (some 200
	 * donations) or after {@value #FETCH_MAX_WAIT_MS} ms, whichever comes first. Under
	 * load each fetch, poll and {@code apply.lua} call then carries dozens of events
	 * rather than the handful that answering at the first byte (Kafka's default) gave:
	 * their fixed costs, here and in the broker, were most of the dashboard's CPU a
	 * donation. A quiet campaign sees each change that much later, well inside the second
	 * staff are promised. A rebuild has settings of its own.
	 */
	private static Properties heldBriefly() {
		Properties consumer = new Properties();
		consumer.setProperty(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, String.valueOf(FETCH_MIN_BYTES));
		consumer.setProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, String.valueOf(FETCH_MAX_WAIT_MS));
		return consumer;
	}

	private DefaultErrorHandler errorHandler() {
		ExponentialBackOff untilRedisAnswers = new ExponentialBackOff(200, 2.0);
		untilRedisAnswers.setMaxInterval(5000);
		untilRedisAnswers.setMaxElapsedTime(Long.MAX_VALUE);
		DefaultErrorHandler handler = new DefaultErrorHandler(this.deadLetters, untilRedisAnswers);
		handler.addNotRetryableExceptions(UnprojectableEventException.class);
		return handler;
	}

}
