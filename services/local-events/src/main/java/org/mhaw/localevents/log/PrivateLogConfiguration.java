package org.mhaw.localevents.log;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mhaw.platform.kafka.KafkaSettings;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The private topics, kept for the whole campaign like the shared ones, and their writer.
 */
@Configuration(proxyBeanMethods = false)
class PrivateLogConfiguration {

	@Bean
	KafkaAdmin.NewTopics privateTopics(KafkaSettings settings) {
		return new KafkaAdmin.NewTopics(keptForever(PrivateTopics.PARTNERS, settings),
				keptForever(PrivateTopics.EVENT_DETAILS, settings), keptForever(PrivateTopics.PLACES, settings));
	}

	@Bean(destroyMethod = "close")
	PrivateLog privateLog(KafkaProperties kafkaProperties, KafkaSettings settings) {
		// The platform's producer settings (acks=all, idempotence) with a byte[] value:
		// private records are this service's own JSON, not shared event envelopes.
		DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(
				kafkaProperties.buildProducerProperties(), new StringSerializer(), new ByteArraySerializer());
		JsonMapper json = JsonMapper.builder()
			// A newer build may add fields; an older one still reads the record.
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.build();
		return new PrivateLog(factory, json, settings.sendTimeout().toMillis());
	}

	private static NewTopic keptForever(String name, KafkaSettings settings) {
		// The system of record for partners, event texts and places: never expire it.
		return new NewTopic(name, settings.partitions(), settings.replicationFactor())
			.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
	}

}
