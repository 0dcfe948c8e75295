package org.mhaw.donations.ledger;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import org.mhaw.platform.problem.ApiProblem;
import org.mhaw.platform.redis.RedisKeys;
import org.mhaw.platform.redis.RedisScript;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Serialises decisions about one donation (confirming it, refunding it) across threads
 * and instances: a striped in-process lock first, so one instance's threads queue without
 * touching Redis, then a Redis lock with a lease, so two instances never decide about the
 * same donation at once. The lease only bounds how long a dead holder blocks others; it
 * is never relied on for correctness beyond that (see the README's exactly-once
 * paragraph).
 */
@Component
public class DonationLocks {

	private static final RedisScript RELEASE = RedisScript.fromClasspath("org/mhaw/donations/release-lock.lua");

	/**
	 * Two donations on one stripe wait for each other for a whole confirmation. With 64
	 * webhooks in flight, 256 stripes made one in four wait; 4,096 make it one in sixty.
	 */
	private static final int STRIPES = 4096;

	private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

	private final RedisClient redis;

	private final RedisKeys keys;

	private final LedgerSettings settings;

	DonationLocks(RedisClient redis, RedisKeys keys, LedgerSettings settings) {
		this.redis = redis;
		this.keys = keys;
		this.settings = settings;
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
		String key = this.keys.key("donations", "lock", donationId);
		String token = UUID.randomUUID().toString();
		SetParams params = SetParams.setParams().nx().px(this.settings.lockLease().toMillis());
		while (this.redis.set(key, token, params) == null) {
			if (System.nanoTime() > deadline) {
				local.unlock();
				throw busy();
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
		}
		return new Held(local, key, token);
	}

	private static ApiProblem busy() {
		return new ApiProblem(HttpStatus.CONFLICT, "donation-busy",
				"This donation is being updated by another request; please retry in a moment.", null);
	}

	/** A donation's lock, held until closed. */
	public final class Held implements AutoCloseable {

		private final ReentrantLock local;

		private final String key;

		private final String token;

		private Held(ReentrantLock local, String key, String token) {
			this.local = local;
			this.key = key;
			this.token = token;
		}

		@Override
		public void close() {
			try {
				RELEASE.run(DonationLocks.this.redis, List.of(this.key), List.of(this.token));
			}
			finally {
				this.local.unlock();
			}
		}

	}

}
