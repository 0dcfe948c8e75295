package org.mhaw.dashboard.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one event does to the projections, as the small ops {@code apply.lua} understands.
 * The projection logic stays in Java (readable, unit-testable); the script only decides
 * whether a record is fresh and then carries its ops out. A rebuild folds the ops of a
 * whole batch into fewer ({@link SummedOps}) before sending them.
 */
final class Ops {

	static final String INCREMENT = "I";

	static final String INCREMENT_SCORE = "Z";

	static final String ADD_MEMBER = "S";

	private final List<String[]> ops = new ArrayList<>();

	/** {@code I name field delta}: HINCRBY, summed over the batch. */
	Ops increment(String hash, String field, long delta) {
		return op(INCREMENT, hash, field, Long.toString(delta));
	}

	/** {@code Z name member delta}: ZINCRBY, summed over the batch. */
	Ops incrementScore(String sortedSet, String member, long delta) {
		return op(INCREMENT_SCORE, sortedSet, member, Long.toString(delta));
	}

	/** {@code S name member}: SADD. */
	Ops addMember(String set, String member) {
		return op(ADD_MEMBER, set, member);
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
		return this.ops.size();
	}

	/** Each op as its tokens: the op's letter, then its arguments. */
	List<String[]> ops() {
		return this.ops;
	}

	void addTokensTo(List<String> tokens) {
		for (String[] op : this.ops) {
			tokens.addAll(Arrays.asList(op));
		}
	}

	private Ops op(String... parts) {
		this.ops.add(parts);
		return this;
	}

}
