package org.mhaw.platform.operations;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.ListenerContainerRegistry;

/**
 * What operators watch beyond the defaults: consumer lag per group, topic and partition.
 * (Dead-lettered records are counted by the platform's error handler.)
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(OperationsSettings.class)
public class OperationsAutoConfiguration {

	@Bean
	ConsumerLagMetrics consumerLagMetrics(ObjectProvider<ListenerContainerRegistry> containers,
			ObjectProvider<MeterRegistry> registry, OperationsSettings settings) {
		return new ConsumerLagMetrics(containers, registry, settings.lagSampleInterval().toMillis());
	}

}
