package org.mhaw.operator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mhaw.events.Topics;

/**
 * Reads the dead-letter topics and puts chosen records back on the topic they came from,
 * once. Every replay is recorded on {@value #REPLAY_LOG}, in the same Kafka transaction
 * as the replayed record, so a record is either replayed and recorded or neither, and a
 * second replay of the same record is refused (whoever asks, from whichever machine).
 */
final class DeadLetters implements AutoCloseable {

	/** One record per replay, keyed by {@code <dlt-topic>/<partition>/<offset>}. */
	static final String REPLAY_LOG = "mhaw.ops.dlt-replays";

	/** Put on a replayed record: which dead letter it came back from. */
	static final String REPLAYED_FROM_HEADER = "mhaw_replayed-from";

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final Duration POLL = Duration.ofMillis(200);

	private final String bootstrapServers;

	private final Clock clock;

	private final Admin admin;

	private KafkaProducer<String, byte[]> producer;

	DeadLetters(String bootstrapServers, Clock clock) {
		this.bootstrapServers = bootstrapServers;
		this.clock = clock;
		// Fail within seconds, naming the broker, when it is not there.
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				(int) TIMEOUT.toMillis()));
	}

	/**
	 * The dead-letter topic of every shared topic, in the order {@link Topics} lists
	 * them.
	 */
	static List<String> allDeadLetterTopics() {
		return Topics.ALL.stream().map(Topics::deadLetterOf).toList();
	}

	/**
	 * Everything on a dead-letter topic now, partition by partition in offset order.
	 * @param dltTopic the dead-letter topic
	 * @return its records, or an empty list if the topic does not exist yet
	 */
	List<DeadLetter> list(String dltTopic) {
		if (!dltTopic.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
			throw new OperatorException(
					dltTopic + " is not a dead-letter topic (they end in " + Topics.DEAD_LETTER_SUFFIX + ")");
		}
		if (!exists(dltTopic)) {
			return List.of();
		}
		return readAll(dltTopic, new StringDeserializer(), new ByteArrayDeserializer(), Map.of()).stream()
			.map(DeadLetter::of)
			.toList();
	}

	/**
	 * What has been replayed so far.
	 * @return the replay log: {@code <dlt-topic>/<partition>/<offset>} to where the
	 * record went and when
	 */
	Map<String, String> replayed() {
		Map<String, String> replays = new HashMap<>();
		if (!exists(REPLAY_LOG)) {
			return replays;
		}
		readAll(REPLAY_LOG, new StringDeserializer(), new StringDeserializer(),
				Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"))
			.forEach((record) -> replays.put(record.key(), record.value()));
		return replays;
	}

	static String replayKey(DeadLetter deadLetter) {
		return deadLetter.record().topic() + "/" + deadLetter.record().partition() + "/" + deadLetter.record().offset();
	}

	/**
	 * Republishes each chosen record to its original topic and partition, with its key,
	 * value and headers (minus the dead-letter ones), unless it was replayed before.
	 * @param dltTopic the dead-letter topic
	 * @param refs the records, as {@code dlt list} names them
	 * @return one outcome per record, in the order given
	 */
	List<Replay> replay(String dltTopic, List<RecordRef> refs) {
		List<DeadLetter> deadLetters = list(dltTopic);
		Map<String, String> replayed = replayed();
		List<Replay> outcomes = new ArrayList<>();
		for (RecordRef ref : refs) {
			List<DeadLetter> matches = deadLetters.stream().filter(ref::matches).toList();
			if (matches.isEmpty()) {
				outcomes.add(Replay.refused(ref, "no record at " + ref + " on " + dltTopic));
			}
			else if (matches.size() > 1) {
				outcomes.add(Replay.refused(ref, "offset " + ref.offset() + " is on several partitions: give one of "
						+ String.join(", ", matches.stream().map(DeadLetter::ref).toList())));
			}
			else {
				outcomes.add(replayOnce(matches.get(0), replayed));
			}
		}
		return outcomes;
	}

	private Replay replayOnce(DeadLetter deadLetter, Map<String, String> replayed) {
		RecordRef ref = new RecordRef(deadLetter.record().partition(), deadLetter.record().offset());
		String key = replayKey(deadLetter);
		if (replayed.containsKey(key)) {
			return Replay.refused(ref, "already replayed: " + replayed.get(key));
		}
		if (!deadLetter.replayable()) {
			return Replay.refused(ref, "its headers do not say where it came from");
		}
		KafkaProducer<String, byte[]> producer = producer();
		producer.beginTransaction();
		try {
			RecordMetadata sent = producer.send(backToOriginal(deadLetter, key)).get();
			String entry = "at " + this.clock.instant() + " to " + sent.topic() + " " + sent.partition() + ":"
					+ sent.offset();
			producer.send(new ProducerRecord<>(REPLAY_LOG, key, entry.getBytes(StandardCharsets.UTF_8))).get();
			producer.commitTransaction();
			replayed.put(key, entry);
			return new Replay(ref, true, "replayed " + entry);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			abort(producer);
			throw new OperatorException("interrupted; nothing was replayed for " + ref);
		}
		catch (ExecutionException | RuntimeException ex) {
			abort(producer);
			throw new OperatorException("could not replay " + ref + ", nothing was replayed: " + ex);
		}
	}

	/** Nothing of a failed replay becomes visible: neither the record nor its entry. */
	private void abort(KafkaProducer<String, byte[]> producer) {
		try {
			producer.abortTransaction();
		}
		catch (RuntimeException ex) {
			// fenced or already ended: the broker aborts it; this producer is done
			producer.close(Duration.ZERO);
			this.producer = null;
		}
	}

	private static ProducerRecord<String, byte[]> backToOriginal(DeadLetter deadLetter, String replayKey) {
		RecordHeaders headers = new RecordHeaders();
		for (Header header : deadLetter.record().headers()) {
			if (!header.key().startsWith(DeadLetter.HEADER_PREFIX)) {
				headers.add(header);
			}
		}
		headers.add(REPLAYED_FROM_HEADER, replayKey.getBytes(StandardCharsets.UTF_8));
		// Same partition as the first time: the aggregate's events stay in order.
		return new ProducerRecord<>(deadLetter.originalTopic(), deadLetter.originalPartition(), null,
				deadLetter.record().key(), deadLetter.record().value(), headers);
	}

	/**
	 * One transactional producer per run. The fixed transactional id also fences a second
	 * operator replaying at the same moment: only one of them commits.
	 */
	private KafkaProducer<String, byte[]> producer() {
		if (this.producer == null) {
			createReplayLogIfMissing();
			Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
					ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
					ProducerConfig.TRANSACTIONAL_ID_CONFIG, "mhaw-ops-dlt-replay", ProducerConfig.MAX_BLOCK_MS_CONFIG,
					// the first transaction on a new cluster waits for its transaction
					// log to be created
					60_000);
			this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
			this.producer.initTransactions();
		}
		return this.producer;
	}

	private void createReplayLogIfMissing() {
		// Kept for good: it is the record of what was put back on the log by hand.
		NewTopic topic = new NewTopic(REPLAY_LOG, 1, replicationFactor())
			.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
		try {
			this.admin.createTopics(List.of(topic)).all().get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new OperatorException("cannot create " + REPLAY_LOG + ": " + ex.getCause().getMessage());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OperatorException("interrupted");
		}
	}

	/** As many copies as the cluster allows, up to three. */
	private short replicationFactor() {
		return (short) Math.min(3, call(() -> this.admin.describeCluster().nodes().get().size()));
	}

	private boolean exists(String topic) {
		return call(() -> this.admin.listTopics().names().get().contains(topic));
	}

	private <K, V> List<ConsumerRecord<K, V>> readAll(String topic, Deserializer<K> keys, Deserializer<V> values,
			Map<String, Object> extra) {
		TopicDescription description = call(() -> this.admin.describeTopics(Set.of(topic)).allTopicNames().get())
			.get(topic);
		List<TopicPartition> partitions = description.partitions()
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		Map<String, Object> config = new LinkedHashMap<>(extra);
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, keys, values)) {
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
			List<ConsumerRecord<K, V>> records = new ArrayList<>();
			while (partitions.stream()
				.anyMatch((partition) -> consumer.position(partition, TIMEOUT) < end.get(partition))) {
				consumer.poll(POLL).forEach(records::add);
			}
			records.sort(
					Comparator.comparingInt(ConsumerRecord<K, V>::partition).thenComparingLong(ConsumerRecord::offset));
			return records;
		}
	}

	private static <T> T call(Callable<T> call) {
		try {
			return call.call();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OperatorException("interrupted");
		}
		catch (ExecutionException ex) {
			throw new OperatorException("Kafka did not answer: " + ex.getCause().getMessage());
		}
	}

	@Override
	public void close() {
		if (this.producer != null) {
			this.producer.close(TIMEOUT);
		}
		this.admin.close(TIMEOUT);
	}

	/** A Kafka call that may be interrupted or fail. */
	@FunctionalInterface
	private interface Callable<T> {

		T call() throws InterruptedException, ExecutionException;

	}

	/**
	 * What happened to one record asked for.
	 *
	 * @param ref the record
	 * @param replayed whether it went back on its topic now
	 * @param detail where it went, or why not
	 */
	record Replay(RecordRef ref, boolean replayed, String detail) {

		static Replay refused(RecordRef ref, String why) {
			return new Replay(ref, false, why);
		}

	}

}
