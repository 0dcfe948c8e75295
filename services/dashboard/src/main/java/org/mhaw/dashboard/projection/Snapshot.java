package org.mhaw.dashboard.projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One atomic read of the live generation, its results in the order they were asked for.
 *
 * @param generation the generation read, empty when there is none yet
 * @param results each result as Redis returned it
 */
public record Snapshot(String generation, List<?> results) {

	public boolean isEmpty() {
		return this.generation.isEmpty();
	}

	/** A hash's fields and values. */
	public Map<String, String> hash(int index) {
		Map<String, String> hash = new LinkedHashMap<>();
		if (isEmpty()) {
			return hash;
		}
		List<?> flat = (List<?>) this.results.get(index);
		for (int i = 0; i + 1 < flat.size(); i += 2) {
			hash.put(String.valueOf(flat.get(i)), String.valueOf(flat.get(i + 1)));
		}
		return hash;
	}

	/** A number. */
	public long number(int index) {
		return isEmpty() ? 0 : ((Number) this.results.get(index)).longValue();
	}

	/** Sorted set members, highest first, with their scores. */
	public Map<String, Double> scored(int index) {
		Map<String, Double> members = new LinkedHashMap<>();
		if (isEmpty()) {
			return members;
		}
		List<?> flat = (List<?>) this.results.get(index);
		for (int i = 0; i + 1 < flat.size(); i += 2) {
			members.put(String.valueOf(flat.get(i)), Double.parseDouble(String.valueOf(flat.get(i + 1))));
		}
		return members;
	}

}
