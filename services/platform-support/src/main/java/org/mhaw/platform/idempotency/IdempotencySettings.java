package org.mhaw.platform.idempotency;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which requests need an {@code Idempotency-Key}, and how long answers are kept.
 *
 * @param paths POST paths (Ant patterns) that require the header, such as
 * {@code /api/donations}
 * @param retention how long a finished answer is replayed for the same key (at least 24
 * hours)
 * @param lease how long a first request holds its key before a retry may run it again (a
 * crash mid-request must not lock the key for a day)
 */
@ConfigurationProperties("mhaw.idempotency")
public record IdempotencySettings(@DefaultValue List<String> paths, @DefaultValue("24h") Duration retention,
		@DefaultValue("30s") Duration lease) {

}
