package org.mhaw.events.donation;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.Region;

/**
 * A payment provider confirmed a donation. Only a confirmed payment produces this event.
 *
 * @param donationId the donation's id
 * @param supporterId opaque supporter id (a keyed hash of the email, never the email)
 * @param amountPence amount given, in pence (GBP)
 * @param giftAid whether a Gift Aid declaration covers this donation
 * @param giftAidDeclarationId the declaration's id when {@code giftAid}, else
 * {@code null}
 * @param region the supporter's region
 */
public record DonationReceived(String donationId, String supporterId, long amountPence, boolean giftAid,
		String giftAidDeclarationId, Region region) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.donationId;
	}

}
