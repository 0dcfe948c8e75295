package org.mhaw.dashboard.projection;

import org.mhaw.platform.redis.RedisKeys;

/**
 * The dashboard's Redis key layout. Every key carries the {@code {dash}} hash tag, so on
 * a Redis Cluster they all live in one slot and one Lua script may touch any of them.
 * <ul>
 * <li>{@code {dash}:live}: the generation pages read and the live consumer writes</li>
 * <li>{@code {dash}:generations}: the last generation number handed out</li>
 * <li>{@code {dash}:g:<n>:<name>}: generation n's projections (see
 * {@link Projections})</li>
 * <li>{@code {dash}:target}, {@code {dash}:rebuild}, {@code {dash}:decided:*}: settings
 * and coordination that outlive a rebuild</li>
 * </ul>
 *
 * @param keys the deployment's key builder (its prefix comes first)
 */
public record DashboardKeys(RedisKeys keys) {

	private static final String TAG = "{dash}";

	public String livePointer() {
		return this.keys.key(TAG, "live");
	}

	String generationCounter() {
		return this.keys.key(TAG, "generations");
	}

	/** What every generation's keys start with; the generation number follows. */
	public String generationBase() {
		return this.keys.key(TAG, "g") + ":";
	}

	String generation(String generation) {
		return generationBase() + generation + ":";
	}

	public String target() {
		return this.keys.key(TAG, "target");
	}

	/** The pub/sub channel an instance announces applied changes on. */
	public String changedChannel() {
		return this.keys.key(TAG, "changed");
	}

	String rebuildLock() {
		return this.keys.key(TAG, "rebuild", "lock");
	}

	String rebuildStatus() {
		return this.keys.key(TAG, "rebuild", "status");
	}

	/** Marks a moderation item as decided here, so it is decided only once. */
	public String decided(String itemId, long requestedAtMillis) {
		return this.keys.key(TAG, "decided", itemId, Long.toString(requestedAtMillis));
	}

}
