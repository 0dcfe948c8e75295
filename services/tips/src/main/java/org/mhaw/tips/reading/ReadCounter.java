package org.mhaw.tips.reading;

import java.util.regex.Pattern;

import org.mhaw.events.tip.TipRead;
import org.mhaw.platform.kafka.EventNotPublishedException;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.platform.redis.RedisKeys;
import org.mhaw.tips.TipsSettings;
import org.mhaw.tips.authoring.Tip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import org.springframework.stereotype.Component;

/**
 * Decides whether a page view is a read worth counting, and publishes it. Not counted:
 * crawlers and link previews (by user agent), and a reader reloading a tip they read in
 * the last half hour (a random reader id from a first-party cookie, remembered per tip in
 * Redis until the window passes; no personal data).
 */
@Component
class ReadCounter {

	private static final Logger logger = LoggerFactory.getLogger(ReadCounter.class);

	/** Crawlers, link unfurlers, monitors and command-line fetchers. */
	private static final Pattern NOT_A_PERSON = Pattern.compile(
			"bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|monitor|pingdom|lighthouse|curl|wget|python-requests|go-http-client|okhttp|scrapy",
			Pattern.CASE_INSENSITIVE);

	private final RedisClient redis;

	private final RedisKeys keys;

	private final EventPublisher publisher;

	private final TipsSettings settings;

	ReadCounter(RedisClient redis, RedisKeys keys, EventPublisher publisher, TipsSettings settings) {
		this.redis = redis;
		this.keys = keys;
		this.publisher = publisher;
		this.settings = settings;
	}

	static boolean isBot(String userAgent) {
		return userAgent == null || userAgent.isBlank() || NOT_A_PERSON.matcher(userAgent).find();
	}

	/**
	 * Counts one reader's view of a tip, unless it is a bot's or a repeat within the
	 * window.
	 * @return whether a {@code tip.read} was published
	 */
	boolean count(Tip tip, String readerId, String userAgent) {
		if (isBot(userAgent)) {
			return false;
		}
		String seen = this.keys.key("tips", "read", readerId, tip.tipId());
		if (!"OK"
			.equals(this.redis.set(seen, "1", SetParams.setParams().nx().px(this.settings.readWindow().toMillis())))) {
			return false;
		}
		try {
			this.publisher.publish(new TipRead(tip.tipId(), tip.slug()));
			return true;
		}
		catch (EventNotPublishedException ex) {
			// The reader still gets the tip; the next view may count it instead.
			this.redis.del(seen);
			logger.warn("Read of tip {} not counted: the broker did not acknowledge it", tip.slug(), ex);
			return false;
		}
	}

}
