package org.mhaw.platform.log;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mhaw.platform.kafka.EventNotPublishedException;
import org.mhaw.platform.kafka.KafkaSettings;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's private state, kept as the latest record per key on a compacted topic the
 * service owns (its own system of record), and held in memory. Each record is the whole
 * current state of one key, so compaction never loses anything that matters, and a
 * tombstone erases a key for good (a supporter's erasure request needs no rewrite of a
 * shared log).
 * <p>
 * {@link #put} returns only once the broker acknowledged the record ({@code acks=all}),
 * then applies it locally; other instances see it through their follower. Register it as
 * a bean: it creates its topic if missing and rebuilds before the web server starts.
 *
 * @param <V> the record type, a plain Java record written as JSON
 */
public final class PrivateStore<V> implements SmartLifecycle {

	private static final JsonMapper JSON = JsonMapper.builder()
		// A record written by a newer build must still load in an older one during a
		// rolling restart.
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private final String topic;

	private final Class<V> type;

	private final Map<String, V> latest = new ConcurrentHashMap<>();

	/**
	 * The offset each key's state was read from. One key lives on one partition, so the
	 * follower never puts back an older state over a newer one this instance just wrote.
	 */
	private final Map<String, Long> offsets = new ConcurrentHashMap<>();

	private final KafkaTemplate<String, byte[]> template;

	private final Duration sendTimeout;

	private final LogFollower follower;

	private final NewTopic newTopic;

	private final Map<String, Object> adminConfig;

	/**
	 * @param topic the private topic, such as {@code mhaw.pledges.catalogue}
	 * @param type the record type
	 * @param kafka the service's Kafka properties (the platform's durable producer
	 * settings)
	 * @param settings the platform's Kafka settings (send timeout)
	 */
	public PrivateStore(String topic, Class<V> type, KafkaProperties kafka, KafkaSettings settings) {
		this.topic = topic;
		this.type = type;
		this.sendTimeout = settings.sendTimeout();
		this.newTopic = topic(topic, settings);
		this.adminConfig = kafka.buildAdminProperties();
		this.template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(),
				new StringSerializer(), new ByteArraySerializer()));
		this.follower = new LogFollower(topic, kafka.buildConsumerProperties(), List.of(topic), this::apply,
				Duration.ofMinutes(2));
	}

	/** A compacted private topic that is never deleted by age. */
	private static NewTopic topic(String name, KafkaSettings settings) {
		return new NewTopic(name, settings.partitions(), settings.replicationFactor())
			.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
					TopicConfig.RETENTION_MS_CONFIG, "-1"));
	}

	public Optional<V> get(String key) {
		return Optional.ofNullable(this.latest.get(key));
	}

	public List<V> values() {
		return new ArrayList<>(this.latest.values());
	}

	/**
	 * Writes the whole new state of a key, durably, then applies it here.
	 * @param key the key
	 * @param value its new state
	 * @throws EventNotPublishedException if the broker did not acknowledge it in time
	 */
	public void put(String key, V value) {
		long offset = send(key, JSON.writeValueAsBytes(value));
		apply(key, value, offset);
	}

	/**
	 * Erases a key: a tombstone, which compaction eventually removes with every earlier
	 * record of the key.
	 * @param key the key
	 */
	public void remove(String key) {
		long offset = send(key, null);
		apply(key, null, offset);
	}

	private long send(String key, byte[] value) {
		try {
			return this.template.send(this.topic, key, value)
				.get(this.sendTimeout.toMillis(), TimeUnit.MILLISECONDS)
				.getRecordMetadata()
				.offset();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EventNotPublishedException("interrupted while writing to " + this.topic, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new EventNotPublishedException("broker did not acknowledge a write to " + this.topic, ex);
		}
	}

	private void apply(ConsumerRecord<String, byte[]> record) {
		if (record.key() != null) {
			apply(record.key(), (record.value() != null) ? JSON.readValue(record.value(), this.type) : null,
					record.offset());
		}
	}

	private synchronized void apply(String key, V value, long offset) {
		if (this.offsets.getOrDefault(key, -1L) >= offset) {
			return;
		}
		this.offsets.put(key, offset);
		if (value == null) {
			this.latest.remove(key);
		}
		else {
			this.latest.put(key, value);
		}
	}

	@Override
	public void start() {
		createTopicIfMissing();
		this.follower.start();
	}

	/** The store owns its topic: created here, so a service declares the store alone. */
	private void createTopicIfMissing() {
		try (Admin admin = Admin.create(this.adminConfig)) {
			admin.createTopics(List.of(this.newTopic)).all().get(this.sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("cannot create " + this.topic, ex.getCause());
			}
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("cannot create " + this.topic, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while creating " + this.topic, ex);
		}
	}

	@Override
	public void stop() {
		this.follower.stop();
		this.template.getProducerFactory().reset();
	}

	@Override
	public boolean isRunning() {
		return this.follower.isRunning();
	}

	@Override
	public int getPhase() {
		return LogFollower.PHASE;
	}

}
