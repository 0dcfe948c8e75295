package org.mhaw.dashboard.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mhaw.dashboard.projection.DashboardKeys;
import org.mhaw.dashboard.projection.ProjectionStore;
import org.mhaw.dashboard.projection.Projections;
import org.mhaw.dashboard.projection.ReadRequest;
import redis.clients.jedis.RedisClient;

import org.springframework.stereotype.Component;

/**
 * The one staff moderation queue: every item requested and not yet decided, oldest first.
 * It is a projection of the moderation topic (rebuilt with the others), so it survives
 * restarts and needs no state of its own. An item decided here leaves the queue at once,
 * before its decision comes back round the log.
 */
@Component
class ModerationQueue {

	private final ProjectionStore store;

	private final RedisClient redis;

	private final DashboardKeys keys;

	ModerationQueue(ProjectionStore store, RedisClient redis, DashboardKeys keys) {
		this.store = store;
		this.redis = redis;
		this.keys = keys;
	}

	List<ModerationItem> pending() {
		List<ModerationItem> items = new ArrayList<>();
		this.store.read(new ReadRequest().hash(Projections.PENDING))
			.hash(0)
			.values()
			.forEach((json) -> items.add(ModerationItem.fromJson(json)));
		if (items.isEmpty()) {
			return items;
		}
		List<String> decided = this.redis.mget(items.stream()
			.map((item) -> this.keys.decided(item.itemId(), item.requestedAt().toEpochMilli()))
			.toArray(String[]::new));
		List<ModerationItem> waiting = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (decided.get(i) == null) {
				waiting.add(items.get(i));
			}
		}
		waiting.sort(Comparator.comparing(ModerationItem::requestedAt).thenComparing(ModerationItem::itemId));
		return waiting;
	}

	Optional<ModerationItem> find(String itemId) {
		return pending().stream().filter((item) -> item.itemId().equals(itemId)).findFirst();
	}

}
