package org.mhaw.dashboard.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The push throttle on a clock the test moves by hand: no sleeping, no real time. Each
 * push records the (virtual) millisecond it ran at.
 */
class PushThrottleTests {

	private static final Duration INTERVAL = Duration.ofMillis(50);

	private final ManualScheduler scheduler = new ManualScheduler();

	private final List<Long> pushes = new ArrayList<>();

	/** What a push does after recording itself; nothing unless a test says. */
	private Runnable duringPush = () -> {
	};

	private final PushThrottle throttle = new PushThrottle(INTERVAL, this.scheduler, () -> {
		this.pushes.add(this.scheduler.now);
		this.duringPush.run();
	});

	@Test
	void pushesTheFirstChangeAfterAQuietSpellAtOnce() {
		this.scheduler.advanceTo(1_000);

		this.throttle.changed();
		this.scheduler.advanceTo(1_000);

		assertThat(this.pushes).containsExactly(1_000L);
	}

	@Test
	void gathersABurstIntoOnePushAtTheEndOfTheInterval() {
		this.throttle.changed();
		this.scheduler.advanceTo(0);

		for (long at = 5; at < 50; at += 5) {
			this.scheduler.advanceTo(at);
			this.throttle.changed();
		}
		this.scheduler.advanceTo(1_000);

		assertThat(this.pushes).containsExactly(0L, 50L);
	}

	@Test
	void pushesTheLastChangeOfABurst() {
		for (long at = 0; at <= 90; at += 10) {
			this.scheduler.advanceTo(at);
			this.throttle.changed();
		}
		this.scheduler.advanceTo(149);
		this.throttle.changed();

		this.scheduler.advanceTo(1_000);

		assertThat(this.pushes).containsExactly(0L, 50L, 100L, 150L);
	}

	@Test
	void pushesAtMostOncePerIntervalUnderSteadyChanges() {
		for (long at = 0; at <= 500; at++) {
			this.scheduler.advanceTo(at);
			this.throttle.changed();
		}
		this.scheduler.advanceTo(1_000);

		assertThat(this.pushes).containsExactly(0L, 50L, 100L, 150L, 200L, 250L, 300L, 350L, 400L, 450L, 500L, 550L);
	}

	@Test
	void pushesAtOnceAgainAfterAQuietInterval() {
		this.throttle.changed();
		this.scheduler.advanceTo(120);

		this.throttle.changed();
		this.scheduler.advanceTo(120);

		assertThat(this.pushes).containsExactly(0L, 120L);
	}

	@Test
	void pushesAgainAChangeAnnouncedWhileAPushIsReading() {
		// announced after the first push began its read, so perhaps not in what it read
		announceDuringTheFirstPush(() -> {
		});

		this.throttle.changed();
		this.scheduler.advanceTo(1_000);

		assertThat(this.pushes).containsExactly(0L, 50L);
	}

	@Test
	void triesAFailedPushAgainAtTheEndOfTheInterval() {
		// what LiveTotals does when the totals read fails: announce again, then give up
		announceDuringTheFirstPush(() -> {
			throw new IllegalStateException("Redis is away");
		});

		this.throttle.changed();
		this.scheduler.advanceTo(1_000);

		assertThat(this.pushes).containsExactly(0L, 50L);
	}

	private void announceDuringTheFirstPush(Runnable then) {
		this.duringPush = () -> {
			if (this.pushes.size() == 1) {
				this.throttle.changed();
				then.run();
			}
		};
	}

	/** Runs scheduled tasks, in due order, as the test moves the clock forward. */
	private static final class ManualScheduler implements PushThrottle.Scheduler {

		private final List<Scheduled> tasks = new ArrayList<>();

		private long now;

		private long sequence;

		@Override
		public void schedule(Runnable task, Duration delay) {
			this.tasks.add(new Scheduled(this.now + delay.toMillis(), this.sequence++, task));
		}

		/**
		 * Runs every task due by then (including those they schedule), then sets the
		 * clock.
		 */
		void advanceTo(long millis) {
			while (true) {
				Scheduled next = this.tasks.stream()
					.filter((scheduled) -> scheduled.due() <= millis)
					.min(Comparator.comparingLong(Scheduled::due).thenComparingLong(Scheduled::sequence))
					.orElse(null);
				if (next == null) {
					break;
				}
				this.tasks.remove(next);
				this.now = Math.max(this.now, next.due());
				try {
					next.task().run();
				}
				catch (RuntimeException ex) {
					// as a ScheduledExecutorService does, the failure stays with the task
				}
			}
			this.now = millis;
		}

		private record Scheduled(long due, long sequence, Runnable task) {

		}

	}

}
