package org.mhaw.tips.authoring;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.mhaw.platform.redis.RedisKeys;
import org.mhaw.tips.TipsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import org.springframework.context.SmartLifecycle;

/**
 * Publishes scheduled tips when their time comes. The schedule itself is part of each tip
 * on the private topic, so it survives restarts; a tip whose time passed while the
 * service was down goes out at the first check after it starts. With several instances, a
 * short Redis claim per tip and time lets only one of them publish it.
 */
class ScheduledPublishing implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledPublishing.class);

	private final Tips tips;

	private final RedisClient redis;

	private final RedisKeys keys;

	private final TipsSettings settings;

	private ScheduledExecutorService executor;

	ScheduledPublishing(Tips tips, RedisClient redis, RedisKeys keys, TipsSettings settings) {
		this.tips = tips;
		this.redis = redis;
		this.keys = keys;
		this.settings = settings;
	}

	void publishDue() {
		for (Tip tip : this.tips.due()) {
			String claim = this.keys.key("tips", "scheduled", tip.tipId(),
					String.valueOf(tip.publishAt().toEpochMilli()));
			if (!"OK".equals(this.redis.set(claim, "1", SetParams.setParams().nx().px(60_000)))) {
				continue;
			}
			try {
				this.tips.publish(tip.tipId());
				logger.info("Published scheduled tip {} ({})", tip.slug(), tip.publishAt());
			}
			catch (RuntimeException ex) {
				// Free the claim so the next check tries again.
				this.redis.del(claim);
				logger.warn("Scheduled tip {} not published yet", tip.slug(), ex);
			}
		}
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "tips-scheduled-publishing");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.settings.schedulerInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::publishDueSafely, interval, interval, TimeUnit.MILLISECONDS);
	}

	private void publishDueSafely() {
		try {
			publishDue();
		}
		catch (RuntimeException ex) {
			logger.warn("Checking scheduled tips failed; trying again at the next check", ex);
		}
	}

	@Override
	public void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
