package org.mhaw.dashboard.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rebuild's polled batch, folded in Java into the few writes it comes to: one increment
 * per hash field, one variadic add per set (event ids to remember included), the
 * order-sensitive ops (H, D, T) in poll order, the last offset per partition and the
 * events count. Encoded as the pre-decided section of {@code apply.lua}, so the batch is
 * still one atomic script and the bookkeeping (offsets, seen sets, meta) ends up exactly
 * as the per-record path leaves it.
 * <p>
 * Freshness is decided here, not in Redis, which is right only for a rebuild: it is the
 * one writer of its fresh generation and reads every partition from offset 0 in order, so
 * every record's offset is new and only its event id can make it a duplicate. An id seen
 * earlier in the batch is dropped here; one applied by an earlier batch is dropped when
 * the batch is encoded ({@link #args(Set)}) with the ids Redis already holds.
 */
final class SummedBatch {

	/** {@code U bucket count ids...}: remember event ids in a seen set. */
	private static final String SEEN = "U";

	/** {@code M name count members...}: SADD of many members. */
	private static final String MEMBERS = "M";

	/** {@code O partition offset}: the partition's last applied offset. */
	private static final String OFFSET = "O";

	/** {@code A count lastEventAt}: events applied and the latest one's time. */
	private static final String APPLIED = "A";

	/** Records to apply unless an earlier batch applied their event id. */
	private final List<ProjectedRecord> candidates = new ArrayList<>();

	private final Set<String> idsInBatch = new HashSet<>();

	private final Map<String, Long> lastOffsets = new LinkedHashMap<>();

	void add(ProjectedRecord record) {
		// Poll order is offset order within a partition, so the last one is the highest.
		this.lastOffsets.put(record.partition(), record.offset());
		if (!record.hasEventId() || this.idsInBatch.add(seenKey(record.bucket(), record.eventId()))) {
			this.candidates.add(record);
		}
	}

	boolean isEmpty() {
		return this.lastOffsets.isEmpty();
	}

	/** The event ids to look up in the generation's seen sets, by bucket. */
	Map<String, List<String>> eventIdsByBucket() {
		Map<String, List<String>> ids = new LinkedHashMap<>();
		for (ProjectedRecord record : this.candidates) {
			if (record.hasEventId()) {
				ids.computeIfAbsent(record.bucket(), (bucket) -> new ArrayList<>()).add(record.eventId());
			}
		}
		return ids;
	}

	/**
	 * The batch as {@code apply.lua}'s pre-decided ops.
	 * @param seenBefore the {@link #seenKey seen keys} of ids earlier batches applied
	 * @return the arguments
	 */
	List<String> args(Set<String> seenBefore) {
		Map<String, Map<String, Long>> sums = new LinkedHashMap<>();
		Map<String, Map<String, Long>> scores = new LinkedHashMap<>();
		Map<String, Set<String>> members = new LinkedHashMap<>();
		Map<String, Set<String>> seen = new LinkedHashMap<>();
		List<String> inOrder = new ArrayList<>();
		int applied = 0;
		long lastEventAt = 0;
		for (ProjectedRecord record : this.candidates) {
			if (record.hasEventId()) {
				if (seenBefore.contains(seenKey(record.bucket(), record.eventId()))) {
					continue;
				}
				seen.computeIfAbsent(record.bucket(), (bucket) -> new LinkedHashSet<>()).add(record.eventId());
			}
			applied++;
			lastEventAt = Math.max(lastEventAt, record.occurredAt());
			for (String[] op : record.ops().ops()) {
				fold(op, sums, scores, members, inOrder);
			}
		}
		List<String> args = new ArrayList<>();
		seen.forEach((bucket, ids) -> addVariadic(args, SEEN, bucket, ids));
		addSums(args, Ops.INCREMENT, sums);
		addSums(args, Ops.INCREMENT_SCORE, scores);
		members.forEach((name, added) -> addVariadic(args, MEMBERS, name, added));
		// H, D and T touch other keys than the sums and sets, so only their own order
		// matters, and it is kept.
		args.addAll(inOrder);
		this.lastOffsets.forEach((partition, offset) -> args.addAll(List.of(OFFSET, partition, Long.toString(offset))));
		args.addAll(List.of(APPLIED, Integer.toString(applied), Long.toString(lastEventAt)));
		return args;
	}

	private static void fold(String[] op, Map<String, Map<String, Long>> sums, Map<String, Map<String, Long>> scores,
			Map<String, Set<String>> members, List<String> inOrder) {
		switch (op[0]) {
			case Ops.INCREMENT -> sum(sums, op);
			case Ops.INCREMENT_SCORE -> sum(scores, op);
			case Ops.ADD_MEMBER -> members.computeIfAbsent(op[1], (name) -> new LinkedHashSet<>()).add(op[2]);
			default -> inOrder.addAll(Arrays.asList(op));
		}
	}

	/** {@code name field delta} */
	private static void sum(Map<String, Map<String, Long>> sums, String[] op) {
		sums.computeIfAbsent(op[1], (name) -> new LinkedHashMap<>()).merge(op[2], Long.parseLong(op[3]), Long::sum);
	}

	private static void addSums(List<String> args, String op, Map<String, Map<String, Long>> sums) {
		sums.forEach((name, fields) -> fields
			.forEach((field, delta) -> args.addAll(List.of(op, name, field, Long.toString(delta)))));
	}

	private static void addVariadic(List<String> args, String op, String name, Set<String> values) {
		args.add(op);
		args.add(name);
		args.add(Integer.toString(values.size()));
		args.addAll(values);
	}

	static String seenKey(String bucket, String eventId) {
		return bucket + " " + eventId;
	}

}
