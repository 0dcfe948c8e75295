package org.mhaw.launcher.demo;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the demo itself saw the platform accept, counted from the APIs' answers: the
 * figures the dashboard must show too.
 *
 * @param raisedPence received less refunded
 * @param giftAidedPence the gift-aided part of that
 * @param donations donations received (the sandbox confirmed them)
 * @param supporters distinct supporters among them
 * @param declined donations the sandbox provider declined (not counted anywhere)
 * @param refunds refunds staff made
 * @param refundedPence what they gave back
 * @param pledgesMade pledges newly made
 * @param pledgesWithdrawn pledges withdrawn
 * @param eventsApproved partner events staff approved
 * @param eventsRejected partner events staff rejected
 * @param signUpsConfirmed places taken, including promotions from a waitlist
 * @param promotions waitlisted sign-ups later given a place
 * @param signUpsWaitlisted waitlist joins
 * @param signUpsCancelled cancellations
 * @param signUpsUndecided sign-ups still being decided when answered (202)
 * @param tipReads tip pages read
 * @param rateLimited requests the rate limit turned back (and the demo sent again)
 * @param raisedByDay the demo's own week: pence given per campaign day it played
 */
public record DemoTally(long raisedPence, long giftAidedPence, long donations, long supporters, long declined,
		long refunds, long refundedPence, long pledgesMade, long pledgesWithdrawn, long eventsApproved,
		long eventsRejected, long signUpsConfirmed, long promotions, long signUpsWaitlisted, long signUpsCancelled,
		long signUpsUndecided, long tipReads, long rateLimited, Map<LocalDate, Long> raisedByDay) {

	/** What Gift Aid adds to this demo's gifts: 25p per £1, rounded down. */
	public long giftAidUpliftPence() {
		return this.giftAidedPence / 4;
	}

	/** Pledges held: made less withdrawn. */
	public long pledgesHeld() {
		return this.pledgesMade - this.pledgesWithdrawn;
	}

}
