package org.mhaw.donations.ledger;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import org.mhaw.platform.problem.ApiProblem;
import org.mhaw.platform.redis.RedisKeys;
import org.mhaw.platform.redis.RedisScript;
import redis.clients.jedis.RedisClient;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Serialises decisions about one donation (confirming it, refunding it) across threads
 * and instances: a striped in-process lock first, so one instance's threads queue without
 * touching Redis, then a Redis lock with a lease, so two instances never decide about the
 * same donation at once. The lease only bounds how long a dead holder blocks others; it
 * is never relied on for correctness beyond that (see the README's exactly-once
 * paragraph).
 * <p>
 * The lock also hands each holder the {@link LogMark} its last holder left: how far to
 * read to know everything written about the donation. A holder that finds none (the first
 * ever, or after a holder died, Redis restarted or the mark expired) asks the broker
 * instead, as every holder once did.
 */
@Component
public class DonationLocks implements AutoCloseable {

	private static final RedisScript ACQUIRE = RedisScript.fromClasspath("org/mhaw/donations/acquire-lock.lua");

	private static final RedisScript RELEASE = RedisScript.fromClasspath("org/mhaw/donations/release-lock.lua");

	private static final RedisScript MARK_OPENED = RedisScript.fromClasspath("org/mhaw/donations/mark-opened.lua");

	/**
	 * Webhooks follow their intent within minutes and retries within hours; a later
	 * decision (a refund) without a mark asks the broker, which is only slower.
	 */
	private static final String MARK_KEPT_MILLIS = String.valueOf(Duration.ofDays(1).toMillis());

	/**
	 * Two donations on one stripe wait for each other for a whole confirmation. With 64
	 * webhooks in flight, 256 stripes made one in four wait; 4,096 make it one in sixty.
	 */
	private static final int STRIPES = 4096;

	private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

	/** This run of this process: a mark it left says its own state is complete. */
	private final String instance = UUID.randomUUID().toString();

	/**
	 * The run id of the Redis last seen taking a lock, which marks written outside a lock
	 * carry: if Redis has restarted since, they are only distrusted.
	 */
	private volatile String redisRunId;

	private final RedisClient redis;

	private final RedisKeys keys;

	private final LedgerSettings settings;

	private final PipelinedScripts scripts;

	DonationLocks(RedisClient redis, RedisKeys keys, LedgerSettings settings) {
		this.redis = redis;
		this.keys = keys;
		this.settings = settings;
		this.scripts = new PipelinedScripts(redis);
		for (int i = 0; i < STRIPES; i++) {
			this.stripes[i] = new ReentrantLock();
		}
	}

	/**
	 * Takes the donation's lock, waiting a little for another holder.
	 * @param donationId the donation
	 * @return the held lock, to close when done
	 * @throws ApiProblem 409 if another instance holds it for too long
	 */
	public Held lock(String donationId) {
		ReentrantLock local = this.stripes[Math.floorMod(donationId.hashCode(), STRIPES)];
		long waitNanos = this.settings.lockWait().toNanos();
		long deadline = System.nanoTime() + waitNanos;
		try {
			if (!local.tryLock(waitNanos, TimeUnit.NANOSECONDS)) {
				throw busy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		List<String> lockKeys = List.of(this.keys.key("donations", "lock", donationId), markKey(donationId));
		String token = UUID.randomUUID().toString();
		List<String> args = List.of(token, String.valueOf(this.settings.lockLease().toMillis()), MARK_KEPT_MILLIS);
		PipelinedScripts.Answer taken;
		while ((taken = acquire(lockKeys, args, local)).reply() == null) {
			if (System.nanoTime() > deadline) {
				local.unlock();
				throw busy();
			}
			// Most often the holder was this instance and its release is on its way.
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
		}
		String runId = taken.redisRunId();
		if (runId != null) {
			this.redisRunId = runId;
		}
		// Without the run id of the Redis that answered, no mark can be trusted.
		LogMark found = (runId != null) ? LogMark.stored(String.valueOf(taken.reply()), runId) : null;
		return new Held(donationId, local, lockKeys, token, runId, found);
	}

	/** One try at the Redis lock: a {@code null} reply if another holder has it. */
	private PipelinedScripts.Answer acquire(List<String> lockKeys, List<String> args, ReentrantLock local) {
		try {
			return this.scripts.run(ACQUIRE, lockKeys, args)
				.get(this.settings.lockWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			local.unlock();
			throw busy();
		}
		catch (ExecutionException ex) {
			local.unlock();
			// As if this thread had called Redis itself (a connection failure, say).
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			local.unlock();
			throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "locks-unavailable",
					"Redis did not answer in time; nothing was recorded. Please retry in a moment.", null);
		}
	}

	/**
	 * Leaves the first mark of a donation just opened, so its first webhook, on any
	 * instance, reads only up to the opening instead of asking the broker.
	 * @param donationId the donation
	 * @param privateEnd the offset after its opening on the private topic
	 */
	void markOpened(String donationId, long privateEnd) {
		String runId = this.redisRunId;
		if (runId == null) {
			runId = PipelinedScripts.runIdOf(this.redis.info("server"));
			this.redisRunId = runId;
		}
		MARK_OPENED.run(this.redis, List.of(markKey(donationId)),
				List.of(new LogMark(this.instance, privateEnd, 0).storedBy(runId), MARK_KEPT_MILLIS));
	}

	String instance() {
		return this.instance;
	}

	/** Releases in Redis every lock already let go of. */
	@Override
	public void close() {
		this.scripts.close();
	}

	private String markKey(String donationId) {
		return this.keys.key("donations", "mark", donationId);
	}

	private static ApiProblem busy() {
		return new ApiProblem(HttpStatus.CONFLICT, "donation-busy",
				"This donation is being updated by another request; please retry in a moment.", null);
	}

	/** A donation's lock, held until closed. */
	public final class Held implements AutoCloseable {

		private final String donationId;

		private final ReentrantLock local;

		private final List<String> lockKeys;

		private final String token;

		/** The run id of the Redis that granted the lock; {@code null} if not known. */
		private final String redisRunId;

		private final LogMark found;

		private LogMark known;

		private boolean writing;

		private Held(String donationId, ReentrantLock local, List<String> lockKeys, String token, String redisRunId,
				LogMark found) {
			this.donationId = donationId;
			this.local = local;
			this.lockKeys = lockKeys;
			this.token = token;
			this.redisRunId = redisRunId;
			this.found = found;
		}

		String donationId() {
			return this.donationId;
		}

		/** The mark the last holder left, if it can be trusted; else {@code null}. */
		LogMark found() {
			return this.found;
		}

		/** This instance has read everything about the donation up to the mark. */
		void caughtUpTo(LogMark mark) {
			this.known = new LogMark(DonationLocks.this.instance, mark.privateEnd(), mark.donationsEnd());
		}

		/**
		 * About to write: until the broker acknowledges it all, part of the write may be
		 * on the log unknown to this holder, which then leaves no mark.
		 */
		void writing() {
			this.writing = true;
		}

		/**
		 * Records acknowledged while holding the lock move the mark past them. A holder
		 * that never caught up leaves no mark, whatever it wrote.
		 */
		void wrote(long privateEnd, long donationsEnd) {
			this.writing = false;
			if (this.known != null) {
				this.known = this.known.after(DonationLocks.this.instance, privateEnd, donationsEnd);
			}
		}

		/**
		 * Lets go: at once in this process, and in Redis with the next pipeline
		 * ({@link PipelinedScripts}), without waiting for it.
		 */
		@Override
		public void close() {
			try {
				DonationLocks.this.scripts.runSoon(RELEASE, this.lockKeys,
						List.of(this.token, (this.known != null && !this.writing && this.redisRunId != null)
								? this.known.storedBy(this.redisRunId) : "", MARK_KEPT_MILLIS));
			}
			finally {
				this.local.unlock();
			}
		}

	}

}
