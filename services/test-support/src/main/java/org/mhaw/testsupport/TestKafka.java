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
		// One broker: the transaction log must fit on it, as on the launcher's and
		// compose's
		// brokers (the operator replays dead letters in a transaction).
		broker.brokerProperty("transaction.state.log.replication.factor", "1");
		broker.brokerProperty("transaction.state.log.min.isr", "1");
		// 50 partitions by default: creating them on first use takes longer than a test
		// waits.
		broker.brokerProperty("transaction.state.log.num.partitions", "1");
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
