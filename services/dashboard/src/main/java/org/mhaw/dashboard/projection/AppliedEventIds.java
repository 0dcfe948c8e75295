package org.mhaw.dashboard.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The event ids a rebuild has applied, by seen-set bucket: in memory, exactly what the
 * generation's seen sets hold, because the rebuild fills a generation no one else writes,
 * from empty. So a rebuild asks this, not Redis, whether an event id is a duplicate, and
 * only adds the new ones to the seen sets (the live consumer that takes the generation
 * over dedupes against them).
 * <p>
 * Ids are kept as the two longs of their UUID in open-addressed arrays, 21 to 43 bytes an
 * event and no object per id: a rebuild of the whole log remembers every event in it, and
 * a million small objects would be a million for the collector to copy.
 */
final class AppliedEventIds {

	private final Map<String, UuidSet> byBucket = new HashMap<>();

	/**
	 * Remembers the id in the bucket.
	 * @return {@code true} if it was not there yet
	 */
	boolean add(String bucket, UUID eventId) {
		return this.byBucket.computeIfAbsent(bucket, (name) -> new UuidSet())
			.add(eventId.getMostSignificantBits(), eventId.getLeastSignificantBits());
	}

	/**
	 * Linear probing, each id's two longs side by side (one cache line to compare), at
	 * most three quarters full; the all-zero UUID is kept aside as the empty slot.
	 */
	private static final class UuidSet {

		private long[] slots = new long[2 * 1024];

		private int size;

		private boolean hasZero;

		boolean add(long mostSignificant, long leastSignificant) {
			if (mostSignificant == 0 && leastSignificant == 0) {
				boolean added = !this.hasZero;
				this.hasZero = true;
				return added;
			}
			if (this.size * 8 >= this.slots.length * 3) {
				resize();
			}
			if (!insert(this.slots, mostSignificant, leastSignificant)) {
				return false;
			}
			this.size++;
			return true;
		}

		private static boolean insert(long[] slots, long mostSignificant, long leastSignificant) {
			int mask = (slots.length >> 1) - 1;
			int slot = spread(mostSignificant, leastSignificant) & mask;
			while (slots[2 * slot] != 0 || slots[2 * slot + 1] != 0) {
				if (slots[2 * slot] == mostSignificant && slots[2 * slot + 1] == leastSignificant) {
					return false;
				}
				slot = (slot + 1) & mask;
			}
			slots[2 * slot] = mostSignificant;
			slots[2 * slot + 1] = leastSignificant;
			return true;
		}

		private void resize() {
			long[] slots = new long[this.slots.length * 2];
			for (int i = 0; i < this.slots.length; i += 2) {
				if (this.slots[i] != 0 || this.slots[i + 1] != 0) {
					insert(slots, this.slots[i], this.slots[i + 1]);
				}
			}
			this.slots = slots;
		}

		/** Random UUIDs are random already; this also spreads ids that are not. */
		private static int spread(long mostSignificant, long leastSignificant) {
			long mixed = (mostSignificant ^ Long.rotateLeft(leastSignificant, 32)) * 0x9E3779B97F4A7C15L;
			return (int) (mixed ^ (mixed >>> 32));
		}

	}

}
