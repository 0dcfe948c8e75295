package org.mhaw.testsupport;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever flavour the switch chose, it is a real broker and a real Redis, shared by the
 * JVM.
 */
@RealInfrastructure
class RealInfrastructureTests {

	@Test
	void brokerStoresRecordsThatAPlainConsumerReadsBack() throws Exception {
		String topic = "infrastructure-check";
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.get().kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(topic, "k", "first".getBytes())).get();
			producer.send(new ProducerRecord<>(topic, "k", "second".getBytes())).get();
		}

		assertThat(TopicReader.records(topic)).extracting((record) -> new String(record.value()))
			.containsExactly("first", "second");
	}

	@Test
	void redisIsRealAndThisRunHasItsOwnPrefix() {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		String key = infrastructure.redisKeyPrefix() + "check";
		try (RedisClient redis = RedisClient.create(infrastructure.redisUrl())) {
			redis.setex(key, Duration.ofMinutes(1).toSeconds(), "ok");

			assertThat(redis.get(key)).isEqualTo("ok");
		}
		assertThat(infrastructure.redisKeyPrefix()).matches("mhaw-test:[0-9a-f]{8}:");
	}

	@Test
	void isStartedOncePerJvm() {
		assertThat(TestInfrastructure.get()).isSameAs(TestInfrastructure.get());
	}

}
