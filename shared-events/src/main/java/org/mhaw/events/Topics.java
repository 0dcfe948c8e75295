package org.mhaw.events;

import java.util.List;

/**
 * Every shared topic's name, in one place. Each topic keeps its events for the whole
 * campaign (unlimited retention): the log is the system of record and every projection is
 * rebuilt from it.
 */
public final class Topics {

	/**
	 * Donation received, donation refunded, Gift Aid declared; keyed by donation or
	 * declaration id.
	 */
	public static final String DONATIONS = "mhaw.donations";

	/** Pledge made, pledge withdrawn; keyed by pledge id. */
	public static final String PLEDGES = "mhaw.pledges";

	/**
	 * Local event submitted / approved / rejected / cancelled and its sign-ups; keyed by
	 * local event id so that every decision about one event's places is made in order on
	 * one partition.
	 */
	public static final String LOCAL_EVENTS = "mhaw.local-events";

	/** Tip published, unpublished, read; keyed by tip id. */
	public static final String TIPS = "mhaw.tips";

	/** Moderation requested and decided, for the one staff queue; keyed by item id. */
	public static final String MODERATION = "mhaw.moderation";

	/**
	 * Suffix Spring Kafka's dead-letter recoverer appends; kept here so tools and tests
	 * agree.
	 */
	public static final String DEAD_LETTER_SUFFIX = "-dlt";

	public static final List<String> ALL = List.of(DONATIONS, PLEDGES, LOCAL_EVENTS, TIPS, MODERATION);

	private Topics() {
	}

	public static String deadLetterOf(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
