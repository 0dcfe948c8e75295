package org.mhaw.launcher.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The demo's running count, written from many request threads at once. */
final class Tally {

	final AtomicLong raisedPence = new AtomicLong();

	final AtomicLong giftAidedPence = new AtomicLong();

	final AtomicLong donations = new AtomicLong();

	final AtomicLong started = new AtomicLong();

	final Set<String> supporters = ConcurrentHashMap.newKeySet();

	final AtomicLong declined = new AtomicLong();

	final AtomicLong refunds = new AtomicLong();

	final AtomicLong refundedPence = new AtomicLong();

	final AtomicLong pledgesMade = new AtomicLong();

	final AtomicLong pledgesWithdrawn = new AtomicLong();

	final AtomicLong eventsApproved = new AtomicLong();

	final AtomicLong eventsRejected = new AtomicLong();

	final AtomicLong signUpsConfirmed = new AtomicLong();

	final AtomicLong promotions = new AtomicLong();

	final AtomicLong signUpsWaitlisted = new AtomicLong();

	final AtomicLong signUpsCancelled = new AtomicLong();

	final AtomicLong signUpsUndecided = new AtomicLong();

	final AtomicLong tipReads = new AtomicLong();

	final Map<LocalDate, AtomicLong> raisedByDay = new ConcurrentHashMap<>();

	void received(long pence, boolean giftAid, String email, LocalDate day) {
		this.donations.incrementAndGet();
		this.raisedPence.addAndGet(pence);
		if (giftAid) {
			this.giftAidedPence.addAndGet(pence);
		}
		this.supporters.add(email);
		this.raisedByDay.computeIfAbsent(day, (key) -> new AtomicLong()).addAndGet(pence);
	}

	void refunded(long pence, boolean giftAid, LocalDate day) {
		this.refunds.incrementAndGet();
		this.refundedPence.addAndGet(pence);
		this.raisedPence.addAndGet(-pence);
		if (giftAid) {
			this.giftAidedPence.addAndGet(-pence);
		}
		this.raisedByDay.computeIfAbsent(day, (key) -> new AtomicLong()).addAndGet(-pence);
	}

	DemoTally snapshot(long rateLimited) {
		Map<LocalDate, Long> byDay = new TreeMap<>();
		this.raisedByDay.forEach((day, pence) -> byDay.put(day, pence.get()));
		return new DemoTally(this.raisedPence.get(), this.giftAidedPence.get(), this.donations.get(),
				this.supporters.size(), this.declined.get(), this.refunds.get(), this.refundedPence.get(),
				this.pledgesMade.get(), this.pledgesWithdrawn.get(), this.eventsApproved.get(),
				this.eventsRejected.get(), this.signUpsConfirmed.get(), this.promotions.get(),
				this.signUpsWaitlisted.get(), this.signUpsCancelled.get(), this.signUpsUndecided.get(),
				this.tipReads.get(), rateLimited, byDay);
	}

}
