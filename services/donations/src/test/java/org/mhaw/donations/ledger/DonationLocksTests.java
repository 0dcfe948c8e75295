package org.mhaw.donations.ledger;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mhaw.platform.problem.ApiProblem;
import org.mhaw.platform.redis.RedisKeys;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TestInfrastructure;
import redis.clients.jedis.RedisClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * On a real Redis: a donation's lock hands the next holder the mark its last holder left,
 * and never one it cannot vouch for.
 */
@RealInfrastructure
class DonationLocksTests {

	private final RedisKeys keys = new RedisKeys(
			TestInfrastructure.get().redisKeyPrefix() + "locks-" + UUID.randomUUID() + ":");

	private final RedisClient redis = RedisClient.create(TestInfrastructure.get().redisUrl());

	private final LedgerSettings settings = new LedgerSettings("private", "keys", Duration.ofSeconds(5),
			Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMillis(200));

	private final DonationLocks here = new DonationLocks(this.redis, this.keys, this.settings);

	private final DonationLocks elsewhere = new DonationLocks(this.redis, this.keys, this.settings);

	@AfterEach
	void close() {
		this.here.close();
		this.elsewhere.close();
		this.redis.close();
	}

	@Test
	void theFirstHolderFindsTheMarkOfTheOpening() {
		this.elsewhere.markOpened("don-1", 42);

		try (DonationLocks.Held held = this.here.lock("don-1")) {
			assertThat(held.found()).isEqualTo(new LogMark(this.elsewhere.instance(), 42, 0));
		}
	}

	@Test
	void aHolderThatCaughtUpAndWroteLeavesItsMarkForTheNext() {
		this.here.markOpened("don-2", 7);
		try (DonationLocks.Held held = this.elsewhere.lock("don-2")) {
			held.caughtUpTo(held.found());
			held.writing();
			held.wrote(9, 3);
		}

		try (DonationLocks.Held next = this.here.lock("don-2")) {
			assertThat(next.found()).isEqualTo(new LogMark(this.elsewhere.instance(), 9, 3));
		}
	}

	@Test
	void aHolderThatNeverCaughtUpLeavesNoMarkWhateverItWrote() {
		this.here.markOpened("don-3", 7);
		try (DonationLocks.Held held = this.here.lock("don-3")) {
			held.wrote(9, 3);
		}

		try (DonationLocks.Held next = this.here.lock("don-3")) {
			assertThat(next.found()).isNull();
		}
	}

	@Test
	void aHolderWhoseWriteFailedLeavesNoMark() {
		this.here.markOpened("don-7", 7);
		try (DonationLocks.Held held = this.here.lock("don-7")) {
			held.caughtUpTo(held.found());
			held.writing();
			// The broker did not acknowledge it all: some of it may be on the log.
		}

		try (DonationLocks.Held next = this.here.lock("don-7")) {
			assertThat(next.found()).isNull();
		}
	}

	@Test
	void locksLetGoOfAreReleasedInRedisByTheTimeTheLocksClose() {
		DonationLocks closing = new DonationLocks(this.redis, this.keys, this.settings);
		closing.markOpened("don-8", 7);
		try (DonationLocks.Held held = closing.lock("don-8")) {
			held.caughtUpTo(held.found());
		}
		closing.close();

		assertThat(this.redis.exists(this.keys.key("donations", "lock", "don-8"))).isFalse();
		try (DonationLocks.Held next = this.elsewhere.lock("don-8")) {
			assertThat(next.found()).isEqualTo(new LogMark(closing.instance(), 7, 0));
		}
	}

	@Test
	void aHolderThatDiedLeavesNoMarkSoTheNextAsksTheBroker() {
		this.here.markOpened("don-4", 7);
		DonationLocks.Held died = this.here.lock("don-4");
		died.caughtUpTo(died.found());
		died.wrote(8, 5);
		// Its lease runs out; it never lets go.
		this.redis.del(this.keys.key("donations", "lock", "don-4"));

		try (DonationLocks.Held next = this.elsewhere.lock("don-4")) {
			assertThat(next.found()).isNull();
		}
	}

	@Test
	void anOpeningAfterAHolderWasThereLeavesNoMark() {
		try (DonationLocks.Held held = this.here.lock("don-5")) {
			// A holder that leaves nothing (it never caught up).
		}
		this.elsewhere.markOpened("don-5", 7);

		try (DonationLocks.Held next = this.here.lock("don-5")) {
			assertThat(next.found()).isNull();
		}
	}

	@Test
	void aMarkStoredByAnotherRunOfRedisIsNotTrusted() {
		// As if Redis came back from a snapshot, or a replica took over: the mark may be
		// older than what was written since.
		this.redis.set(this.keys.key("donations", "mark", "don-6"),
				new LogMark(this.here.instance(), 7, 0).storedBy("0000000000000000000000000000000000000000"));

		try (DonationLocks.Held held = this.here.lock("don-6")) {
			assertThat(held.found()).isNull();
		}
	}

	@Test
	void aLockTakenOnOneThreadIsLetGoOnAnotherAndTheWaiterGoesOn() throws Exception {
		DonationLocks.Held first = this.here.take("don-20").get(5, TimeUnit.SECONDS);
		CompletableFuture<DonationLocks.Held> second = this.here.take("don-20");
		assertThat(second).isNotDone();

		CompletableFuture.runAsync(first::close).get(5, TimeUnit.SECONDS);

		try (DonationLocks.Held held = second.get(5, TimeUnit.SECONDS)) {
			assertThat(held.donationId()).isEqualTo("don-20");
		}
	}

	@Test
	void aWaiterThatRanOutOfTimeIsRefusedAndPassedOver() throws Exception {
		DonationLocks.Held first = this.here.take("don-21").get(5, TimeUnit.SECONDS);
		CompletableFuture<DonationLocks.Held> gaveUp = this.here.take("don-21");

		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> gaveUp.get(5, TimeUnit.SECONDS))
			.havingCause()
			.isInstanceOfSatisfying(ApiProblem.class,
					(problem) -> assertThat(problem.type()).isEqualTo("donation-busy"));
		first.close();

		// The stripe went free, not to the waiter that had given up.
		try (DonationLocks.Held next = this.here.lock("don-21")) {
			assertThat(next.donationId()).isEqualTo("don-21");
		}
	}

	@Test
	void anotherInstancesHolderMakesTheWaitEndIn409() throws Exception {
		try (DonationLocks.Held held = this.elsewhere.lock("don-22")) {
			assertThatExceptionOfType(ApiProblem.class).isThrownBy(() -> this.here.lock("don-22"))
				.satisfies((problem) -> assertThat(problem.type()).isEqualTo("donation-busy"));
		}
	}

}
