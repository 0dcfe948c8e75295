package org.mhaw.dashboard;

import java.util.ArrayList;
import java.util.List;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** The Redis keys that start with a prefix, such as one generation's. */
final class KeysUnder {

	private KeysUnder() {
	}

	static List<String> find(RedisClient redis, String prefix) {
		List<String> found = new ArrayList<>();
		ScanParams match = new ScanParams().match(prefix + "*").count(1000);
		String cursor = ScanParams.SCAN_POINTER_START;
		do {
			ScanResult<String> page = redis.scan(cursor, match);
			found.addAll(page.getResult());
			cursor = page.getCursor();
		}
		while (!ScanParams.SCAN_POINTER_START.equals(cursor));
		return found;
	}

	static void delete(RedisClient redis, String prefix) {
		List<String> found = find(redis, prefix);
		if (!found.isEmpty()) {
			redis.unlink(found.toArray(String[]::new));
		}
	}

}
