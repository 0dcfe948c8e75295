package org.mhaw.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.tip.TipRead;
import org.mhaw.platform.kafka.DeadLetterTestApplication.TipReadCollector;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TestInfrastructure;
import org.mhaw.testsupport.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.ProducerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = DeadLetterTestApplication.class, properties = "spring.application.name=dead-letter-check")
@RealInfrastructure
class DeadLetteringTests {

	@Autowired
	private EventPublisher publisher;

	@Autowired
	private TipReadCollector collector;

	@Autowired
	private ProducerFactory<?, ?> producerFactory;

	@Autowired
	private MeterRegistry meters;

	@Test
	void unreadableAndFailingRecordsAreDeadLetteredAndTheConsumerCarriesOn() throws Exception {
		sendRaw(Topics.TIPS, "tip-garbled", "{not an event".getBytes(StandardCharsets.UTF_8));
		EventEnvelope poison = this.publisher.publish(new TipRead("tip-poison", DeadLetterTestApplication.POISON_SLUG));
		EventEnvelope good = this.publisher.publish(new TipRead("tip-good", "say-hello-first"));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(this.collector.received).contains(good).doesNotContain(poison);
			assertThat(TopicReader.records(Topics.deadLetterOf(Topics.TIPS))).hasSize(2);
		});
		ConsumerRecord<String, byte[]> garbled = deadLetterKeyed("tip-garbled");
		assertThat(new String(garbled.value(), StandardCharsets.UTF_8)).isEqualTo("{not an event");
		assertThat(header(garbled, "kafka_dlt-exception-stacktrace")).contains("not a readable event");
		assertThat(header(garbled, "kafka_dlt-original-topic")).isEqualTo(Topics.TIPS);
		assertThat(header(deadLetterKeyed("tip-poison"), "kafka_dlt-exception-cause-fqcn"))
			.isEqualTo(IllegalStateException.class.getName());
		assertThat(this.meters.counter("mhaw.events.published", "type", "tip.read").count()).isEqualTo(2);
	}

	@Test
	void producerWaitsForAllReplicasAndIsIdempotent() {
		Map<String, Object> config = this.producerFactory.getConfigurationProperties();

		assertThat(config).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
			.containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
	}

	private static void sendRaw(String topic, String key, byte[] value) throws Exception {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.get().kafkaBootstrapServers());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(topic, key, value)).get();
		}
	}

	private static ConsumerRecord<String, byte[]> deadLetterKeyed(String key) {
		return TopicReader.records(Topics.deadLetterOf(Topics.TIPS))
			.stream()
			.filter((record) -> key.equals(record.key()))
			.findFirst()
			.orElseThrow();
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
