package org.mhaw.dashboard.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mhaw.dashboard.DashboardSettings;
import org.mhaw.platform.redis.RedisScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import org.springframework.stereotype.Component;

/**
 * The dashboard's projections in Redis, in generations: the live consumer writes to the
 * generation the live pointer names, a rebuild fills a fresh one and switches the pointer
 * once it has caught up. Every write and every read is one Lua script, so each is atomic
 * against a switch.
 */
@Component
public class ProjectionStore {

	private static final Logger logger = LoggerFactory.getLogger(ProjectionStore.class);

	private static final RedisScript APPLY = RedisScript.fromClasspath("org/mhaw/dashboard/projection/apply.lua");

	private static final RedisScript READ = RedisScript.fromClasspath("org/mhaw/dashboard/projection/read.lua");

	private static final RedisScript SWITCH = RedisScript.fromClasspath("org/mhaw/dashboard/projection/switch.lua");

	/** Where a generation's sets of the event ids it applied start, one set a day. */
	private static final String SEEN = "seen:";

	/** Write to whichever generation is live when the script runs. */
	static final String LIVE = "live";

	private final RedisClient redis;

	private final DashboardKeys keys;

	private final Duration dedupeRetention;

	ProjectionStore(RedisClient redis, DashboardKeys keys, DashboardSettings settings) {
		this.redis = redis;
		this.keys = keys;
		this.dedupeRetention = settings.dedupeRetention();
		ensureLiveGeneration();
	}

	/** A first start creates generation 1; later starts keep the live one. */
	private void ensureLiveGeneration() {
		if (this.redis.get(this.keys.livePointer()) == null) {
			long generation = this.redis.incr(this.keys.generationCounter());
			if (this.redis.setnx(this.keys.livePointer(), Long.toString(generation)) == 1) {
				logger.info("Started dashboard projection generation {}", generation);
			}
		}
	}

	/**
	 * Applies a batch atomically, skipping what was already applied.
	 * @param generation the generation, or {@link #LIVE}
	 * @param batch the batch
	 * @return what happened
	 */
	Applied apply(String generation, ProjectionBatch batch) {
		return runApply(generation, batch.args(), List.of());
	}

	/**
	 * Applies a rebuild's folded batch. Only for the one writer of a fresh generation,
	 * which has decided what is fresh itself ({@link RebuildFold}).
	 * <p>
	 * The batch's set members go first, as plain variadic {@code SADD}s pipelined in one
	 * round trip (through the script, each member would also be copied into Lua and back
	 * out: a third of Redis's time in a rebuild), then the sums and the bookkeeping in
	 * one script call. The two steps need not be one atomic step, as every other write
	 * does: nothing reads a rebuild's generation until it is switched to, after its last
	 * batch, and a rebuild that fails deletes it.
	 * @param generation the generation the rebuild fills
	 * @param batch the batch
	 */
	void applySummed(String generation, SummedBatch batch) {
		String base = this.keys.generation(generation);
		try (AbstractPipeline pipeline = this.redis.pipelined()) {
			batch.seenIds().forEach((bucket, ids) -> {
				String seen = base + SEEN + bucket;
				pipeline.sadd(seen, ids.toArray(String[]::new));
				pipeline.expire(seen, this.dedupeRetention.toSeconds());
			});
			batch.newMembers().forEach((name, members) -> pipeline.sadd(base + name, members.toArray(String[]::new)));
			pipeline.sync();
		}
		runApply(generation, List.of(), batch.args());
	}

	private Applied runApply(String generation, List<String> records, List<String> decided) {
		List<String> args = new ArrayList<>(records.size() + decided.size() + 3);
		args.add(generation);
		args.add(Long.toString(this.dedupeRetention.toSeconds()));
		args.add(Integer.toString(records.size()));
		args.addAll(records);
		args.addAll(decided);
		List<?> reply = (List<?>) APPLY.run(this.redis, baseKeys(), args);
		return new Applied(String.valueOf(reply.get(0)), ((Number) reply.get(1)).intValue(),
				((Number) reply.get(2)).intValue());
	}

	/**
	 * Reads several projections of the live generation in one atomic step.
	 * @param request what to read
	 * @return the generation read and each result, in the request's order
	 */
	public Snapshot read(ReadRequest request) {
		List<?> reply = (List<?>) READ.run(this.redis, baseKeys(), request.specs());
		String generation = String.valueOf(reply.get(0));
		return new Snapshot(generation, reply.subList(1, reply.size()));
	}

	/** Last applied offset per {@code topic:partition} in the live generation. */
	public Map<String, Long> liveOffsets() {
		Snapshot snapshot = read(new ReadRequest().hash(Projections.OFFSETS));
		return snapshot.isEmpty() ? Map.of() : toLongs(snapshot.hash(0));
	}

	String newGeneration() {
		return Long.toString(this.redis.incr(this.keys.generationCounter()));
	}

	/**
	 * Makes the generation live if it has caught up with the live one.
	 * @return the generation it replaced, or {@code null} if not caught up yet
	 */
	String switchTo(String generation) {
		List<?> reply = (List<?>) SWITCH.run(this.redis, baseKeys(), List.of(generation));
		return (((Number) reply.get(0)).intValue() == 1) ? String.valueOf(reply.get(1)) : null;
	}

	/** Removes every key of a generation that is not live. */
	void delete(String generation) {
		if (generation == null || generation.isEmpty() || generation.equals(this.redis.get(this.keys.livePointer()))) {
			return;
		}
		ScanParams match = new ScanParams().match(this.keys.generation(generation) + "*").count(1000);
		String cursor = ScanParams.SCAN_POINTER_START;
		do {
			ScanResult<String> page = this.redis.scan(cursor, match);
			if (!page.getResult().isEmpty()) {
				this.redis.unlink(page.getResult().toArray(String[]::new));
			}
			cursor = page.getCursor();
		}
		while (!ScanParams.SCAN_POINTER_START.equals(cursor));
	}

	String liveGeneration() {
		return this.redis.get(this.keys.livePointer());
	}

	private List<String> baseKeys() {
		return List.of(this.keys.livePointer(), this.keys.generationBase());
	}

	static Map<String, Long> toLongs(Map<String, String> values) {
		Map<String, Long> longs = new HashMap<>();
		values.forEach((field, value) -> longs.put(field, Long.parseLong(value)));
		return longs;
	}

	/**
	 * What a batch did.
	 *
	 * @param generation the generation written
	 * @param applied records applied
	 * @param skipped records already applied (by offset or by event id)
	 */
	record Applied(String generation, int applied, int skipped) {

	}

}
