package org.mhaw.dashboard.projection;

import java.util.Arrays;
import java.util.List;

/**
 * What one event does to the projections, as the small ops {@code apply.lua} understands.
 * The projection logic stays in Java (readable, unit-testable); the script only decides
 * whether a record is fresh and then carries its ops out. A rebuild folds the ops of a
 * whole batch into fewer ({@link SummedBatch}) before sending them.
 * <p>
 * Kept as columns of names and numbers rather than a list of string tokens: a rebuild
 * projects every event in the log into one reused {@code Ops} and sums the numbers as
 * they are, and only the live consumer turns them into tokens.
 */
final class Ops {

	static final String INCREMENT = "I";

	static final String INCREMENT_SCORE = "Z";

	static final String ADD_MEMBER = "S";

	static final String PUT = "H";

	static final String REMOVE = "D";

	static final String MOVE_TO_TICKER = "T";

	private static final int FIRST_SIZE = 12;

	/** Each op's letter, one of the constants above (compared by identity). */
	private String[] kinds = new String[FIRST_SIZE];

	/** The key each op writes, relative to the generation. */
	private String[] names = new String[FIRST_SIZE];

	/** The field or member it writes. */
	private String[] fields = new String[FIRST_SIZE];

	/** {@code H}'s value; {@code T}'s ticker. */
	private String[] values = new String[FIRST_SIZE];

	/** {@code I} and {@code Z}'s delta; {@code T}'s score. */
	private long[] amounts = new long[FIRST_SIZE];

	/** {@code T}'s ticker size. */
	private int[] limits = new int[FIRST_SIZE];

	private int count;

	/** {@code I name field delta}: HINCRBY, summed over the batch. */
	Ops increment(String hash, String field, long delta) {
		return op(INCREMENT, hash, field, null, delta, 0);
	}

	/** {@code Z name member delta}: ZINCRBY, summed over the batch. */
	Ops incrementScore(String sortedSet, String member, long delta) {
		return op(INCREMENT_SCORE, sortedSet, member, null, delta, 0);
	}

	/** {@code S name member}: SADD. */
	Ops addMember(String set, String member) {
		return op(ADD_MEMBER, set, member, null, 0, 0);
	}

	/** {@code H name field value}: HSET. */
	Ops put(String hash, String field, String value) {
		return op(PUT, hash, field, value, 0, 0);
	}

	/** {@code D name field}: HDEL. */
	Ops remove(String hash, String field) {
		return op(REMOVE, hash, field, null, 0, 0);
	}

	/**
	 * {@code T pending item ticker score max}: moves a pending item to the ticker, which
	 * keeps the latest {@code max}.
	 */
	Ops moveToTicker(String pending, String itemId, String ticker, long score, int max) {
		return op(MOVE_TO_TICKER, pending, itemId, ticker, score, max);
	}

	int count() {
		return this.count;
	}

	/**
	 * Forgets every op, keeping the room: for projecting the next event into. What is
	 * left past the count is written over before it is read.
	 */
	void clear() {
		this.count = 0;
	}

	String kind(int op) {
		return this.kinds[op];
	}

	String name(int op) {
		return this.names[op];
	}

	String field(int op) {
		return this.fields[op];
	}

	long amount(int op) {
		return this.amounts[op];
	}

	/**
	 * The op's tokens as {@code apply.lua} reads them: its letter, then its arguments.
	 */
	void addTokensTo(int op, List<String> tokens) {
		String kind = this.kinds[op];
		tokens.add(kind);
		tokens.add(this.names[op]);
		tokens.add(this.fields[op]);
		if (kind == INCREMENT || kind == INCREMENT_SCORE) {
			tokens.add(Long.toString(this.amounts[op]));
		}
		else if (kind == PUT) {
			tokens.add(this.values[op]);
		}
		else if (kind == MOVE_TO_TICKER) {
			tokens.add(this.values[op]);
			tokens.add(Long.toString(this.amounts[op]));
			tokens.add(Integer.toString(this.limits[op]));
		}
	}

	void addTokensTo(List<String> tokens) {
		for (int op = 0; op < this.count; op++) {
			addTokensTo(op, tokens);
		}
	}

	private Ops op(String kind, String name, String field, String value, long amount, int limit) {
		if (this.count == this.kinds.length) {
			grow();
		}
		int op = this.count++;
		this.kinds[op] = kind;
		this.names[op] = name;
		this.fields[op] = field;
		this.values[op] = value;
		this.amounts[op] = amount;
		this.limits[op] = limit;
		return this;
	}

	private void grow() {
		int size = this.kinds.length * 2;
		this.kinds = Arrays.copyOf(this.kinds, size);
		this.names = Arrays.copyOf(this.names, size);
		this.fields = Arrays.copyOf(this.fields, size);
		this.values = Arrays.copyOf(this.values, size);
		this.amounts = Arrays.copyOf(this.amounts, size);
		this.limits = Arrays.copyOf(this.limits, size);
	}

}
