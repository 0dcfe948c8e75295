package org.mhaw.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the shared topics are laid out and how long a publish may wait.
 *
 * @param partitions partitions per shared topic: the most consumers one group can spread
 * over
 * @param replicationFactor copies of each partition (1 on one local broker, 3 in
 * production)
 * @param sendTimeout how long a request waits for the broker's acknowledgement before
 * failing
 * @param dltAttempts how many times a failing record is tried before it is dead-lettered
 */
@ConfigurationProperties("mhaw.kafka")
public record KafkaSettings(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor,
		@DefaultValue("10s") Duration sendTimeout, @DefaultValue("3") int dltAttempts) {

}
