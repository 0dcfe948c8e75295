package org.mhaw.dashboard.projection;

/**
 * The names of one generation's projections, relative to its key base. Counters that only
 * ever add up are hash fields; sets and sorted sets hold what must be exact and distinct.
 */
public final class Projections {

	/** Hash of plain counters; fields below. */
	public static final String TOTALS = "totals";

	public static final String RAISED_PENCE = "raisedPence";

	/** Sum of gift-aided amounts; the uplift is a quarter of it. */
	public static final String GIFT_AIDED_PENCE = "giftAidedPence";

	public static final String DONATIONS = "donations";

	public static final String REFUNDS = "refunds";

	public static final String REFUNDED_PENCE = "refundedPence";

	public static final String PLEDGES_MADE = "pledgesMade";

	public static final String PLEDGES_WITHDRAWN = "pledgesWithdrawn";

	public static final String TIP_READS = "tipReads";

	public static final String SIGN_UPS_CONFIRMED = "signUpsConfirmed";

	public static final String SIGN_UPS_WAITLISTED = "signUpsWaitlisted";

	public static final String SIGN_UPS_CANCELLED = "signUpsCancelled";

	/** Set of the ids of supporters who gave: exact, not an estimate. */
	public static final String SUPPORTERS = "supporters";

	/** Hashes by London date ({@code 2025-05-12}) of pence and donations. */
	public static final String DAY_PENCE = "day:pence";

	public static final String DAY_DONATIONS = "day:donations";

	/** Hashes by London hour ({@code 2025-05-12T14}). */
	public static final String HOUR_PENCE = "hour:pence";

	public static final String HOUR_DONATIONS = "hour:donations";

	/** Hashes by region name. */
	public static final String REGION_PENCE = "region:pence";

	public static final String REGION_DONATIONS = "region:donations";

	/** Hash of catalogue key to pledges held (made less withdrawn). */
	public static final String PLEDGES_BY_KEY = "pledges:by-key";

	/** Sorted set of tip id by reads. */
	public static final String TIP_READS_BY_TIP = "tips:reads";

	/** Hash of tip id to title and slug ({@code title\nslug}). */
	public static final String TIP_TITLES = "tips:titles";

	/**
	 * Hash of the local events approved and not since cancelled or rejected, id to
	 * {@code CATEGORY|REGION}.
	 */
	public static final String APPROVED_EVENTS = "events:approved";

	/** Hash of item id to the pending moderation item (JSON). */
	public static final String PENDING = "moderation:pending";

	/** Sorted set of approved public messages (JSON) by approval time. */
	public static final String TICKER = "ticker";

	/** Hash of {@code topic:partition} to the last applied offset. */
	public static final String OFFSETS = "offsets";

	/** Hash: {@code lastEventAt} (epoch ms), {@code events} applied. */
	public static final String META = "meta";

	private Projections() {
	}

}
