package org.mhaw.events.calendar;

import java.time.LocalDate;

/**
 * Where a London date falls relative to the campaign week.
 *
 * @param phase before, during or after the week
 * @param date the London date
 * @param dayNumber 1 to 7 during the week, 0 otherwise
 */
public record CampaignDay(Phase phase, LocalDate date, int dayNumber) {

	public enum Phase {

		BEFORE, DURING, AFTER

	}

	static CampaignDay before(LocalDate date) {
		return new CampaignDay(Phase.BEFORE, date, 0);
	}

	static CampaignDay after(LocalDate date) {
		return new CampaignDay(Phase.AFTER, date, 0);
	}

	static CampaignDay during(LocalDate date, int dayNumber) {
		return new CampaignDay(Phase.DURING, date, dayNumber);
	}

	/**
	 * The bucket projections count this day under: its ISO date during the week, else
	 * {@code before} or {@code after}.
	 * @return the bucket name
	 */
	public String bucket() {
		return switch (this.phase) {
			case BEFORE -> "before";
			case AFTER -> "after";
			case DURING -> this.date.toString();
		};
	}

}
