package org.mhaw.dashboard.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rebuild's polled batch, folded in Java into the few writes it comes to: the members
 * to add to each set (event ids to remember included), one increment per hash field, the
 * order-sensitive ops (H, D, T) in poll order, the last offset per partition and the
 * events count. The sets are added to with plain variadic {@code SADD}s; the rest is the
 * pre-decided section of {@code apply.lua}, so the bookkeeping (offsets, meta) ends up
 * exactly as the per-record path leaves it.
 * <p>
 * Whether a record is fresh is decided before it gets here ({@link RebuildFold}): this
 * only sums.
 */
final class SummedBatch {

	/** {@code O partition offset}: the partition's last applied offset. */
	private static final String OFFSET = "O";

	/** {@code A count lastEventAt}: events applied and the latest one's time. */
	private static final String APPLIED = "A";

	/**
	 * Name, then field, then the running sum (a one-long cell, so summing boxes nothing).
	 */
	private final Map<String, Map<String, long[]>> sums = new LinkedHashMap<>();

	private final Map<String, Map<String, long[]>> scores = new LinkedHashMap<>();

	/** Members this batch adds, by set name, each once. */
	private final Map<String, Set<String>> members = new LinkedHashMap<>();

	/** Event ids to remember, by seen-set bucket. */
	private final Map<String, List<String>> seen = new LinkedHashMap<>();

	/** H, D and T, as tokens in poll order. */
	private final List<String> inOrder = new ArrayList<>();

	/**
	 * Each partition's last offset, in a one-long cell: set for every record, unboxed.
	 */
	private final Map<String, long[]> lastOffsets = new LinkedHashMap<>();

	private int applied;

	private long lastEventAt;

	/** Moves the partition's offset past a duplicate, which applies nothing. */
	void pass(String partition, long offset) {
		// Poll order is offset order within a partition, so the last one is the highest.
		long[] last = this.lastOffsets.get(partition);
		if (last == null) {
			this.lastOffsets.put(partition, new long[] { offset });
		}
		else {
			last[0] = offset;
		}
	}

	/**
	 * Adds a fresh record's ops.
	 * @param eventId the id to remember in {@code bucket}, or {@code null} when it
	 * changes nothing (then only its offset matters)
	 */
	void add(String partition, long offset, String eventId, String bucket, long occurredAt, Ops ops) {
		pass(partition, offset);
		if (eventId != null) {
			this.seen.computeIfAbsent(bucket, (name) -> new ArrayList<>()).add(eventId);
		}
		this.applied++;
		this.lastEventAt = Math.max(this.lastEventAt, occurredAt);
		for (int op = 0; op < ops.count(); op++) {
			String kind = ops.kind(op);
			if (kind == Ops.INCREMENT) {
				sum(this.sums, ops.name(op), ops.field(op), ops.amount(op));
			}
			else if (kind == Ops.INCREMENT_SCORE) {
				sum(this.scores, ops.name(op), ops.field(op), ops.amount(op));
			}
			else if (kind == Ops.ADD_MEMBER) {
				addMember(ops.name(op), ops.field(op));
			}
			else {
				// H, D and T touch other keys than the sums and sets, so only their own
				// order matters, and it is kept.
				ops.addTokensTo(op, this.inOrder);
			}
		}
	}

	boolean isEmpty() {
		return this.lastOffsets.isEmpty();
	}

	/** The event ids to remember, by seen-set bucket. */
	Map<String, List<String>> seenIds() {
		return this.seen;
	}

	/** The members to add to each set, by set name. */
	Map<String, Set<String>> newMembers() {
		return this.members;
	}

	/** The rest of the batch, as {@code apply.lua}'s pre-decided ops. */
	List<String> args() {
		List<String> args = new ArrayList<>();
		addSums(args, Ops.INCREMENT, this.sums);
		addSums(args, Ops.INCREMENT_SCORE, this.scores);
		args.addAll(this.inOrder);
		this.lastOffsets.forEach((partition, offset) -> {
			args.add(OFFSET);
			args.add(partition);
			args.add(Long.toString(offset[0]));
		});
		args.add(APPLIED);
		args.add(Integer.toString(this.applied));
		args.add(Long.toString(this.lastEventAt));
		return args;
	}

	private void addMember(String set, String member) {
		this.members.computeIfAbsent(set, (name) -> new LinkedHashSet<>()).add(member);
	}

	private static void sum(Map<String, Map<String, long[]>> sums, String name, String field, long delta) {
		Map<String, long[]> fields = sums.get(name);
		if (fields == null) {
			fields = new LinkedHashMap<>();
			sums.put(name, fields);
		}
		long[] cell = fields.get(field);
		if (cell == null) {
			fields.put(field, new long[] { delta });
		}
		else {
			cell[0] += delta;
		}
	}

	private static void addSums(List<String> args, String op, Map<String, Map<String, long[]>> sums) {
		sums.forEach((name, fields) -> fields.forEach((field, sum) -> {
			args.add(op);
			args.add(name);
			args.add(field);
			args.add(Long.toString(sum[0]));
		}));
	}

}
