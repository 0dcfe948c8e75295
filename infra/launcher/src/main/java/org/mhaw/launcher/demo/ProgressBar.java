package org.mhaw.launcher.demo;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The week's progress on one terminal line, redrawn as each hour is played; where the
 * output is not a terminal (a log, a test), one line per campaign day instead.
 */
final class ProgressBar {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

	private static final int WIDTH = 24;

	private final PrintStream out;

	private final boolean terminal;

	private final int total;

	ProgressBar(PrintStream out, boolean terminal, int total) {
		this.out = out;
		this.terminal = terminal;
		this.total = total;
	}

	void show(int done, CampaignWeek.Hour hour, Tally tally) {
		boolean endOfDay = hour.hour() == 23;
		if (!this.terminal && !endOfDay) {
			return;
		}
		int filled = (int) ((long) WIDTH * done / this.total);
		String line = String.format(Locale.UK,
				"  [%s%s] %3d%%  %s %02d:00%-14s  %s raised · %d donations · %d pledges · %d sign-ups · %d tip reads",
				"█".repeat(filled), "░".repeat(WIDTH - filled), 100 * done / this.total, DAY.format(hour.day()),
				hour.hour(), hour.appealNight() ? "  appeal night" : "", Money.pounds(tally.raisedPence.get()),
				tally.started.get(), tally.pledgesMade.get(),
				tally.signUpsConfirmed.get() + tally.signUpsWaitlisted.get(), tally.tipReads.get());
		if (this.terminal) {
			this.out.print("\r" + line + "\u001b[K");
		}
		else {
			this.out.println(line);
		}
		this.out.flush();
	}

	void finish() {
		if (this.terminal) {
			this.out.println();
		}
	}

}
