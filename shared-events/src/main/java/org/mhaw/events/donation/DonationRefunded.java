package org.mhaw.events.donation;

import java.time.Instant;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.Region;

/**
 * Staff refunded (part of) a donation. Carries what the projections need to take the
 * amount back out of the same buckets it went into.
 *
 * @param donationId the refunded donation
 * @param refundId the refund's own id
 * @param amountPence amount refunded, in pence; never more than what is left of the
 * donation
 * @param giftAid whether the refunded donation was gift-aided (its uplift goes down too)
 * @param region the donation's region
 * @param donationReceivedAt when the donation was received, to find its campaign day and
 * hour
 */
public record DonationRefunded(String donationId, String refundId, long amountPence, boolean giftAid, Region region,
		Instant donationReceivedAt) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.donationId;
	}

}
