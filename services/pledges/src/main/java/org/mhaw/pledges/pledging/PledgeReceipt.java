package org.mhaw.pledges.pledging;

import java.util.List;

/**
 * What a supporter gets back: each pledge with the proof they need to withdraw it and the
 * live count for its entry.
 *
 * @param supporterId their opaque id
 * @param pledges each pledge they asked for
 * @param messageHeldForModeration whether their message waits for staff to approve it
 */
record PledgeReceipt(String supporterId, List<TakenPledge> pledges, boolean messageHeldForModeration) {

	boolean anyNew() {
		return this.pledges.stream().anyMatch((pledge) -> !pledge.alreadyMade());
	}

	/**
	 * @param pledgeId the pledge's id
	 * @param catalogueKey its catalogue entry
	 * @param title the entry's title
	 * @param withdrawalToken the proof needed to withdraw it
	 * @param count supporters now holding this entry
	 * @param alreadyMade whether the supporter had made it before (nothing new was
	 * recorded)
	 */
	record TakenPledge(String pledgeId, String catalogueKey, String title, String withdrawalToken, long count,
			boolean alreadyMade) {

	}

}
