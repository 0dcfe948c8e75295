package org.mhaw.donations.ledger;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mhaw.platform.redis.RedisKeys;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import org.springframework.stereotype.Component;

/**
 * Each supporter's own encryption key, kept like the rest of donations' state: on a
 * private topic ({@code mhaw.donations.keys}, keyed by supporter id, compacted) and in
 * memory on every instance, read from the start on start-up by the
 * {@link LedgerFollower}. So losing Redis loses no key, and Gift Aid declarations stay
 * readable for as long as HMRC may ask for them.
 * <p>
 * Erasing a supporter writes a tombstone: every instance forgets the key at once, and
 * compaction takes it off the broker's disks within the topic's
 * {@code max.compaction.lag.ms}. Redis only settles the rare race of two instances
 * creating one supporter's first key at the same moment.
 */
@Component
public class SupporterKeys {

	private static final int KEY_BYTES = 32;

	private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final PrivateTopic.Writer writer;

	private final LedgerFollower follower;

	private final RedisClient redis;

	private final RedisKeys redisKeys;

	private final String keysTopic;

	SupporterKeys(PrivateTopic.Writer writer, LedgerFollower follower, RedisClient redis, RedisKeys redisKeys,
			LedgerSettings settings) {
		this.writer = writer;
		this.follower = follower;
		this.redis = redis;
		this.redisKeys = redisKeys;
		this.keysTopic = settings.keysTopic();
		follower.feed(this);
	}

	/**
	 * The supporter's key.
	 * @param supporterId the supporter
	 * @return the key, or {@code null} if they have none (never gave, or were erased)
	 */
	public byte[] find(String supporterId) {
		return this.keys.get(supporterId);
	}

	/**
	 * The supporter's key, made and written to the log first if they have none.
	 * @param supporterId the supporter
	 * @return the key
	 */
	public byte[] findOrCreate(String supporterId) {
		byte[] key = this.keys.get(supporterId);
		if (key != null) {
			return key;
		}
		// Another instance may have written one a moment ago.
		this.follower.awaitCaughtUp(supporterId, List.of(this.keysTopic));
		key = this.keys.get(supporterId);
		if (key != null) {
			return key;
		}
		byte[] fresh = new byte[KEY_BYTES];
		this.random.nextBytes(fresh);
		// SET NX GET: the first of two instances creating at once wins, and the other
		// gets its key back; the claim only has to outlive such a race.
		String earlier = this.redis.setGet(claim(supporterId), Base64.getEncoder().encodeToString(fresh),
				SetParams.setParams().nx().ex(3600));
		byte[] agreed = (earlier != null) ? Base64.getDecoder().decode(earlier) : fresh;
		this.writer.write(this.keysTopic, supporterId, agreed);
		apply(supporterId, agreed);
		return agreed;
	}

	/**
	 * Forgets a supporter's key for good, on the log and on every instance.
	 * @param supporterId the supporter
	 * @return whether this instance knew a key for them
	 */
	public boolean shred(String supporterId) {
		this.follower.awaitCaughtUp(supporterId, List.of(this.keysTopic));
		boolean known = this.keys.containsKey(supporterId);
		this.writer.write(this.keysTopic, supporterId, null);
		apply(supporterId, null);
		this.redis.del(claim(supporterId));
		return known;
	}

	/** A record from the keys topic; {@code null} is a tombstone. */
	void apply(String supporterId, byte[] key) {
		if (key == null) {
			this.keys.remove(supporterId);
		}
		else {
			this.keys.put(supporterId, key);
		}
	}

	private String claim(String supporterId) {
		return this.redisKeys.key("donations", "key-claim", supporterId);
	}

}
