package org.mhaw.dashboard.projection;

import redis.clients.jedis.RedisClient;

import org.springframework.stereotype.Component;

/**
 * Tells every dashboard instance that the projections changed (Redis pub/sub), so each
 * one pushes fresh totals to the pages it serves, whichever instance applied the change.
 */
@Component
public class ChangeAnnouncer {

	private final RedisClient redis;

	private final DashboardKeys keys;

	ChangeAnnouncer(RedisClient redis, DashboardKeys keys) {
		this.redis = redis;
		this.keys = keys;
	}

	public void announce(String what) {
		this.redis.publish(this.keys.changedChannel(), what);
	}

}
