package org.mhaw.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;

/** A real Kafka broker for tests, and how to stop it. */
interface TestKafka {

	/**
	 * Partitions of topics the broker creates by itself, as on the platform's shared
	 * topics.
	 */
	int PARTITIONS = 3;

	String kind();

	String bootstrapServers();

	void stop();

	static TestKafka inProcess() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
		broker.afterPropertiesSet();
		return new TestKafka() {

			@Override
			public String kind() {
				return "in-process KRaft broker";
			}

			@Override
			public String bootstrapServers() {
				return broker.getBrokersAsString();
			}

			@Override
			public void stop() {
				broker.destroy();
			}

		};
	}

	static TestKafka inContainer() {
		KafkaContainer container = new KafkaContainer("apache/kafka:4.2.1").withEnv("KAFKA_NUM_PARTITIONS",
				String.valueOf(PARTITIONS));
		container.start();
		return new TestKafka() {

			@Override
			public String kind() {
				return "Testcontainers apache/kafka";
			}

			@Override
			public String bootstrapServers() {
				return container.getBootstrapServers();
			}

			@Override
			public void stop() {
				container.stop();
			}

		};
	}

}
