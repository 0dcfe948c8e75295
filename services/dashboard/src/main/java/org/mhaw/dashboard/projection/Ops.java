package org.mhaw.dashboard.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * What one event does to the projections, as the small ops {@code apply.lua} understands.
 * The projection logic stays in Java (readable, unit-testable); the script only decides
 * whether a record is fresh and then carries its ops out.
 */
final class Ops {

	private final List<String> tokens = new ArrayList<>();

	private int count;

	/** {@code I name field delta}: HINCRBY, summed over the batch. */
	Ops increment(String hash, String field, long delta) {
		return op("I", hash, field, Long.toString(delta));
	}

	/** {@code Z name member delta}: ZINCRBY, summed over the batch. */
	Ops incrementScore(String sortedSet, String member, long delta) {
		return op("Z", sortedSet, member, Long.toString(delta));
	}

	/** {@code S name member}: SADD. */
	Ops addMember(String set, String member) {
		return op("S", set, member);
	}

	/** {@code H name field value}: HSET. */
	Ops put(String hash, String field, String value) {
		return op("H", hash, field, value);
	}

	/** {@code D name field}: HDEL. */
	Ops remove(String hash, String field) {
		return op("D", hash, field);
	}

	/**
	 * {@code T pending item ticker score max}: moves a pending item to the ticker, which
	 * keeps the latest {@code max}.
	 */
	Ops moveToTicker(String pending, String itemId, String ticker, long score, int max) {
		return op("T", pending, itemId, ticker, Long.toString(score), Integer.toString(max));
	}

	int count() {
		return this.count;
	}

	List<String> tokens() {
		return this.tokens;
	}

	private Ops op(String... parts) {
		this.tokens.addAll(List.of(parts));
		this.count++;
		return this;
	}

}
