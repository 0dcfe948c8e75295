package org.mhaw.launcher.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import org.mhaw.events.calendar.CampaignCalendar;

/**
 * The demo's closing summary: its own tally, before it is checked against the dashboard.
 */
final class DemoSummary {

	private static final String ROW = "  %-22s %14s  %s%n";

	private final PrintStream out;

	private final CampaignCalendar calendar;

	DemoSummary(PrintStream out, CampaignCalendar calendar) {
		this.out = out;
		this.calendar = calendar;
	}

	void print(DemoTally tally, Duration took) {
		this.out.printf("%nThe week in %d s. What the demo saw the platform accept:%n", took.toSeconds());
		this.out.printf(ROW, "Raised", Money.pounds(tally.raisedPence()), tally.donations() + " donations from "
				+ tally.supporters() + " supporters; " + tally.declined() + " declined by the sandbox provider");
		this.out.printf(ROW, "Gift Aid uplift", Money.pounds(tally.giftAidUpliftPence()),
				"25% of " + Money.pounds(tally.giftAidedPence()) + " gift-aided, shown apart from the total");
		this.out.printf(ROW, "Refunds", Money.pounds(tally.refundedPence()), tally.refunds() + ", by staff");
		this.out.printf(ROW, "Pledges held", tally.pledgesHeld(),
				tally.pledgesMade() + " made, " + tally.pledgesWithdrawn() + " withdrawn");
		this.out.printf(ROW, "Local events approved", tally.eventsApproved(),
				tally.eventsRejected() + " sent back to the partner with a reason");
		this.out.printf(ROW, "Sign-ups confirmed", tally.signUpsConfirmed(), tally.promotions()
				+ " of them from the waitlist; " + tally.signUpsWaitlisted() + " waitlisted, "
				+ tally.signUpsCancelled() + " cancelled"
				+ ((tally.signUpsUndecided() > 0) ? ", " + tally.signUpsUndecided() + " still being decided" : ""));
		this.out.printf(ROW, "Tip reads", tally.tipReads(), "");
		if (tally.rateLimited() > 0) {
			this.out.printf(ROW, "Rate limited", tally.rateLimited(),
					"requests turned back (429) and sent again after Retry-After");
		}
		this.out.println();
		this.out.println("  The week's shape as played (raised per campaign day):");
		long most = tally.raisedByDay().values().stream().mapToLong(Long::longValue).max().orElse(1);
		for (int i = 0; i < CampaignCalendar.DAYS; i++) {
			LocalDate day = this.calendar.firstDay().plusDays(i);
			long pence = tally.raisedByDay().getOrDefault(day, 0L);
			this.out.printf(Locale.UK, "    %-10s %12s  %s%s%n", ProgressBar.DAY.format(day), Money.pounds(pence),
					"▇".repeat((int) Math.max(0, 30 * pence / Math.max(1, most))),
					(i == CampaignWeek.APPEAL_DAY) ? "  appeal night" : "");
		}
		LocalDate today = LocalDate.now(Clock.system(CampaignCalendar.LONDON));
		String when = today.isBefore(this.calendar.firstDay()) ? "before the campaign week"
				: today.isAfter(this.calendar.lastDay()) ? "after the campaign week" : "in the campaign week";
		this.out.printf("  Events carry the time they really happened, so the dashboard files all of this under today, "
				+ "%s (%s), not under the days above.%n%n", ProgressBar.DAY.format(today), when);
	}

}
