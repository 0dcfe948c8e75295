package org.mhaw.dashboard.totals;

import org.mhaw.dashboard.DashboardSettings;
import org.mhaw.dashboard.projection.ChangeAnnouncer;
import org.mhaw.dashboard.projection.DashboardKeys;
import redis.clients.jedis.RedisClient;

import org.springframework.stereotype.Component;

/**
 * The fundraising target. It is a setting staff change, not a fact about the campaign, so
 * it lives in Redis beside the projections (outside any generation, so a rebuild keeps
 * it) with {@code mhaw.dashboard.target-pence} as the default until staff set one.
 */
@Component
public class TargetStore {

	private final RedisClient redis;

	private final DashboardKeys keys;

	private final DashboardSettings settings;

	private final ChangeAnnouncer announcer;

	TargetStore(RedisClient redis, DashboardKeys keys, DashboardSettings settings, ChangeAnnouncer announcer) {
		this.redis = redis;
		this.keys = keys;
		this.settings = settings;
		this.announcer = announcer;
	}

	public long targetPence() {
		String stored = this.redis.get(this.keys.target());
		return (stored != null) ? Long.parseLong(stored) : this.settings.targetPence();
	}

	void set(long targetPence) {
		this.redis.set(this.keys.target(), Long.toString(targetPence));
		this.announcer.announce("target");
	}

}
