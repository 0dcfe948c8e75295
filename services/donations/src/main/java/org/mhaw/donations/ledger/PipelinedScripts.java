package org.mhaw.donations.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.mhaw.platform.redis.RedisScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Runs the donation locks' scripts for every request thread on one thread of its own, all
 * those waiting in one pipelined round trip. Under load each webhook took and let go of
 * its lock in two round trips of its own, and the socket work on both sides (a write, a
 * read, a poll and a wake-up for each, in this service and in Redis) cost more than
 * anything else the webhook did; pipelined, Redis reads and answers many at once.
 * <p>
 * Requests hand over a script run and go on from its answer ({@link #run}) or, to let go
 * of a lock, do not wait at all ({@link #runSoon}). What goes on from an answer runs on
 * this thread, before the next pipeline is sent: it must never block (a webhook goes on
 * to its sends, which only queue records for the producer). Each answer carries the run
 * id of the Redis that gave it, read once per pipeline on the same connection (a
 * connection cannot outlive the server it was made to), which the lock's marks are
 * checked against.
 */
final class PipelinedScripts implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(PipelinedScripts.class);

	/** Enough for a few milliseconds of runs at the heaviest load. */
	private static final int MOST_AT_ONCE = 512;

	private final BlockingQueue<Run> pending = new LinkedBlockingQueue<>();

	private final RedisClient redis;

	private final Thread thread;

	private volatile boolean running = true;

	PipelinedScripts(RedisClient redis) {
		this.redis = redis;
		this.thread = new Thread(this::runUntilClosed, "donations-lock-scripts");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Runs a script in the next pipeline.
	 * @param script the script
	 * @param keys its keys
	 * @param args its arguments
	 * @return its answer, once Redis has given it; failed with Redis's error if it did
	 * not
	 */
	CompletableFuture<Answer> run(RedisScript script, List<String> keys, List<String> args) {
		return enqueue(new Run(script, keys, args, true, new CompletableFuture<>()));
	}

	private CompletableFuture<Answer> enqueue(Run run) {
		if (!this.running) {
			run.answer().completeExceptionally(new IllegalStateException("donation locks are closed"));
			return run.answer();
		}
		this.pending.add(run);
		return run.answer();
	}

	/**
	 * Runs a script in the next pipeline, without waiting for it. If it fails, that is
	 * logged.
	 * @param script the script
	 * @param keys its keys
	 * @param args its arguments
	 */
	void runSoon(RedisScript script, List<String> keys, List<String> args) {
		enqueue(new Run(script, keys, args, false, new CompletableFuture<>())).exceptionally((ex) -> {
			logger.warn("A donation lock script did not run in Redis: {}", ex.getMessage());
			return null;
		});
	}

	private void runUntilClosed() {
		List<Run> batch = new ArrayList<>();
		while (this.running || !this.pending.isEmpty()) {
			try {
				Run first = this.pending.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
			}
			catch (InterruptedException ex) {
				// close() is waiting: run what is left, then stop.
				this.running = false;
			}
			this.pending.drainTo(batch, MOST_AT_ONCE - batch.size());
			if (!batch.isEmpty()) {
				send(batch);
				batch.clear();
			}
		}
	}

	private void send(List<Run> batch) {
		List<Response<Object>> responses = new ArrayList<>(batch.size());
		String runId = null;
		try (AbstractPipeline pipeline = this.redis.pipelined()) {
			Response<Object> serverInfo = batch.stream().anyMatch(Run::withRunId)
					? pipeline.sendCommand(Protocol.Command.INFO, "server") : null;
			for (Run run : batch) {
				responses.add(run.script().runIn(this.redis, pipeline, run.keys(), run.args()));
			}
			pipeline.sync();
			if (serverInfo != null) {
				runId = runIdOf(SafeEncoder.encode((byte[]) serverInfo.get()));
			}
		}
		catch (RuntimeException ex) {
			batch.forEach((run) -> run.answer().completeExceptionally(ex));
			return;
		}
		for (int i = 0; i < batch.size(); i++) {
			Run run = batch.get(i);
			try {
				run.answer().complete(new Answer(responses.get(i).get(), runId));
			}
			catch (JedisNoScriptException ex) {
				// Redis restarted since the script was loaded.
				retryAlone(run);
			}
			catch (RuntimeException ex) {
				run.answer().completeExceptionally(ex);
			}
		}
	}

	private void retryAlone(Run run) {
		try {
			// Not this pipeline's connection: no run id to vouch for its answer.
			run.answer().complete(new Answer(run.script().run(this.redis, run.keys(), run.args()), null));
		}
		catch (RuntimeException ex) {
			run.answer().completeExceptionally(ex);
		}
	}

	/** Runs every script already handed over, then stops. */
	@Override
	public void close() {
		this.running = false;
		try {
			this.thread.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The run id in the server section of Redis's {@code INFO}.
	 * @param serverInfo {@code INFO server}
	 * @return the run id, or {@code unknown}
	 */
	static String runIdOf(String serverInfo) {
		int at = serverInfo.indexOf("run_id:");
		return (at < 0) ? "unknown" : serverInfo.substring(at + 7).lines().findFirst().orElse("unknown").strip();
	}

	/**
	 * A script's answer.
	 *
	 * @param reply what the script returned
	 * @param redisRunId the run id of the Redis that ran it, or {@code null} if not known
	 */
	record Answer(Object reply, String redisRunId) {

	}

	private record Run(RedisScript script, List<String> keys, List<String> args, boolean withRunId,
			CompletableFuture<Answer> answer) {

	}

}
