package org.mhaw.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Redis key prefix the services use, kept in the data folder. The projections in
 * Redis (the dashboard's counters and the offsets they reached) belong to one Kafka log:
 * a new log gets its own prefix, named after its cluster id, so a fresh data folder
 * beside a Redis that is shared or kept never starts from another log's offsets.
 */
final class RedisKeyPrefix {

	static final String FILE = "redis-key-prefix";

	/** What every service used before the prefix was kept per log. */
	static final String LEGACY = "mhaw:";

	private RedisKeyPrefix() {
	}

	/**
	 * @param data the data folder
	 * @param newLog whether the broker's log was formatted on this start
	 * @param clusterId the log's cluster id
	 * @return the prefix for this data folder, ending in a colon
	 */
	static String forDataFolder(Path data, boolean newLog, String clusterId) throws IOException {
		Path file = data.resolve(FILE);
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		// A log kept from before this file existed has its Redis state (donors' keys
		// among it) under the old prefix: keep using it.
		String prefix = newLog ? "mhaw:" + clusterId + ":" : LEGACY;
		Files.writeString(file, prefix + "\n", StandardCharsets.UTF_8);
		return prefix;
	}

}
