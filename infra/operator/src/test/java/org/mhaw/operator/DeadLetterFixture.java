package org.mhaw.operator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mhaw.events.Topics;
import org.mhaw.testsupport.TestInfrastructure;
import org.mhaw.testsupport.TopicReader;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * Dead letters made the way the services make them: a record published to a shared topic,
 * read back, and handed to Spring Kafka's own dead-letter recoverer with the listener's
 * failure.
 */
final class DeadLetterFixture {

	static final String TOPIC = Topics.TIPS;

	static final String DLT = Topics.deadLetterOf(TOPIC);

	private DeadLetterFixture() {
	}

	static String bootstrapServers() {
		return TestInfrastructure.get().kafkaBootstrapServers();
	}

	static void createTopics() throws InterruptedException {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			Set<String> existing = admin.listTopics().names().get();
			List<NewTopic> missing = List.of(TOPIC, DLT)
				.stream()
				.filter((name) -> !existing.contains(name))
				.map((name) -> new NewTopic(name, 3, (short) 1))
				.toList();
			admin.createTopics(missing).all().get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Publishes a record, then dead-letters it as a failing listener would. */
	static ConsumerRecord<String, byte[]> deadLetter(String key, String value, String failure) throws Exception {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer())) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key,
					value.getBytes(StandardCharsets.UTF_8));
			record.headers().add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes());
			producer.send(record).get();
		}
		ConsumerRecord<String, byte[]> original = onTopic(TOPIC, key).get(0);
		DefaultKafkaProducerFactory<Object, Object> factory = new DefaultKafkaProducerFactory<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
		try {
			new DeadLetterPublishingRecoverer(new KafkaTemplate<>(factory)).accept(original,
					new ListenerExecutionFailedException("Listener failed", new IllegalStateException(failure)));
		}
		finally {
			factory.destroy();
		}
		return original;
	}

	static List<ConsumerRecord<String, byte[]>> onTopic(String topic, String key) {
		return TopicReader.records(topic).stream().filter((record) -> key.equals(record.key())).toList();
	}

}
