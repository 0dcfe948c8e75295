package org.mhaw.dashboard.live;

import java.time.Duration;

/**
 * Decides when changes are pushed to open pages: at most one push per interval, with a
 * leading and a trailing edge. The first change after a quiet interval is pushed at once;
 * changes that arrive during the interval after a push are gathered into one push at its
 * end; and a change is never left unpushed, because whatever arrives after a push has
 * started its read gets a push of its own at the next interval's end.
 * <p>
 * The push runs on the scheduler's thread, one at a time; {@link #changed} only flips
 * flags and never waits for it. Time comes only from the scheduler, so tests drive it by
 * hand.
 */
final class PushThrottle {

	/** Runs a task after a delay; the pushes it runs must not overlap (one thread). */
	@FunctionalInterface
	interface Scheduler {

		void schedule(Runnable task, Duration delay);

	}

	private final Duration interval;

	private final Scheduler scheduler;

	private final Runnable push;

	/** A change that no push has started to read yet. */
	private boolean pending;

	/**
	 * A push is scheduled, running, or less than an interval old: changes wait for its
	 * end.
	 */
	private boolean cooling;

	PushThrottle(Duration interval, Scheduler scheduler, Runnable push) {
		this.interval = interval;
		this.scheduler = scheduler;
		this.push = push;
	}

	/** Something changed (or a push failed and must be tried again). */
	void changed() {
		boolean pushNow;
		synchronized (this) {
			this.pending = true;
			pushNow = !this.cooling;
			this.cooling = true;
		}
		if (pushNow) {
			this.scheduler.schedule(this::push, Duration.ZERO);
		}
	}

	private void push() {
		synchronized (this) {
			// Cleared before the read, so a change applied during the read is pushed
			// next.
			this.pending = false;
		}
		// Scheduled first, so a push that throws still ends its interval.
		this.scheduler.schedule(this::endOfInterval, this.interval);
		this.push.run();
	}

	private void endOfInterval() {
		synchronized (this) {
			if (!this.pending) {
				this.cooling = false;
				return;
			}
		}
		push();
	}

}
