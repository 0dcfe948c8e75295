package org.mhaw.donations.ledger;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.mhaw.platform.concurrent.Futures;
import org.mhaw.platform.problem.ApiProblem;
import org.mhaw.platform.redis.RedisKeys;
import org.mhaw.platform.redis.RedisScript;
import redis.clients.jedis.RedisClient;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Serialises decisions about one donation (confirming it, refunding it) across requests
 * and instances: a striped in-process lock first ({@link Stripe}), so one instance's
 * requests queue without touching Redis, then a Redis lock with a lease, so two instances
 * never decide about the same donation at once. The lease only bounds how long a dead
 * holder blocks others; it is never relied on for correctness beyond that (see the
 * README's exactly-once paragraph).
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

	private final Stripe[] stripes = new Stripe[STRIPES];

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
			this.stripes[i] = new Stripe();
		}
	}

	/**
	 * Takes the donation's lock, waiting a little for another holder.
	 * @param donationId the donation
	 * @return the held lock, to close when done
	 * @throws ApiProblem 409 if another instance holds it for too long
	 */
	public Held lock(String donationId) {
		return Futures.join(take(donationId));
	}

	/**
	 * Takes the donation's lock without holding up a thread: what follows runs on the
	 * thread that let the stripe go or on the one that reads Redis's answers.
	 * @param donationId the donation
	 * @return the held lock, to close when done (on any thread); failed with an
	 * {@link ApiProblem} 409 if another holder keeps it too long, or 503 if Redis does
	 * not answer in time
	 */
	public CompletableFuture<Held> take(String donationId) {
		Stripe local = this.stripes[Math.floorMod(donationId.hashCode(), STRIPES)];
		long waitMillis = this.settings.lockWait().toMillis();
		long deadline = System.nanoTime() + this.settings.lockWait().toNanos();
		List<String> lockKeys = List.of(this.keys.key("donations", "lock", donationId), markKey(donationId));
		String token = UUID.randomUUID().toString();
		List<String> args = List.of(token, String.valueOf(this.settings.lockLease().toMillis()), MARK_KEPT_MILLIS);
		return local.take(waitMillis)
			.thenCompose((taken) -> acquire(lockKeys, args, deadline).handle((answer, failure) -> {
				if (failure != null) {
					local.letGo();
					throw asProblem(Futures.cause(failure));
				}
				String runId = answer.redisRunId();
				if (runId != null) {
					this.redisRunId = runId;
				}
				// Without the run id of the Redis that answered, no mark can be trusted.
				LogMark found = (runId != null) ? LogMark.stored(String.valueOf(answer.reply()), runId) : null;
				return new Held(donationId, local, lockKeys, token, runId, found);
			}));
	}

	/**
	 * The Redis lock, tried again every 2 ms while another holder has it: most often that
	 * holder was this instance and its release is on its way.
	 */
	private CompletableFuture<PipelinedScripts.Answer> acquire(List<String> lockKeys, List<String> args,
			long deadline) {
		return this.scripts.run(ACQUIRE, lockKeys, args)
			.orTimeout(this.settings.lockWait().toMillis(), TimeUnit.MILLISECONDS)
			.thenCompose((answer) -> {
				if (answer.reply() != null) {
					return CompletableFuture.completedFuture(answer);
				}
				if (System.nanoTime() > deadline) {
					throw busy();
				}
				return CompletableFuture
					.supplyAsync(() -> null, CompletableFuture.delayedExecutor(2, TimeUnit.MILLISECONDS))
					.thenCompose((retry) -> acquire(lockKeys, args, deadline));
			});
	}

	/** A failure to take the Redis lock, in the caller's terms. */
	private static RuntimeException asProblem(Throwable failure) {
		if (failure instanceof TimeoutException) {
			return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "locks-unavailable",
					"Redis did not answer in time; nothing was recorded. Please retry in a moment.", null);
		}
		// As if this thread had called Redis itself (a connection failure, say).
		return (failure instanceof RuntimeException runtime) ? runtime : new IllegalStateException(failure);
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

	/**
	 * One instance's turn at the donations on a stripe. Unlike a thread's lock it can be
	 * let go of by any thread (a lock taken on a request thread is let go on the
	 * producer's, once the broker has the writes), and its waiters are futures, not
	 * parked threads.
	 */
	static final class Stripe {

		private static final CompletableFuture<Void> FREE = CompletableFuture.completedFuture(null);

		private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();

		private boolean held;

		/**
		 * Completes when this caller holds the stripe, or fails with 409 after the wait.
		 * @param waitMillis how long to wait for the holder
		 */
		CompletableFuture<Void> take(long waitMillis) {
			CompletableFuture<Void> turn;
			synchronized (this) {
				if (!this.held) {
					this.held = true;
					return FREE;
				}
				turn = new CompletableFuture<>();
				this.waiting.add(turn);
			}
			return turn.orTimeout(waitMillis, TimeUnit.MILLISECONDS).exceptionally((timedOut) -> {
				throw busy();
			});
		}

		/** Hands the stripe to the next waiter that has not given up, or frees it. */
		void letGo() {
			while (true) {
				CompletableFuture<Void> next;
				synchronized (this) {
					next = this.waiting.poll();
					if (next == null) {
						this.held = false;
						return;
					}
				}
				// A waiter whose wait ran out is already completed: pass it over.
				if (next.complete(null)) {
					return;
				}
			}
		}

	}

	/** A donation's lock, held until closed. */
	public final class Held implements AutoCloseable {

		private final String donationId;

		private final Stripe local;

		private final List<String> lockKeys;

		private final String token;

		/** The run id of the Redis that granted the lock; {@code null} if not known. */
		private final String redisRunId;

		private final LogMark found;

		private LogMark known;

		private boolean writing;

		private Held(String donationId, Stripe local, List<String> lockKeys, String token, String redisRunId,
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
				this.local.letGo();
			}
		}

	}

}
