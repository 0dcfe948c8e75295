package org.mhaw.donations.ledger;

/** Where a donation is, as supporters and the API see it. */
public enum DonationStatus {

	/** Not known to this service. */
	UNKNOWN,
	/** Waiting for the payment provider. */
	PENDING,
	/** The provider confirmed the payment. */
	RECEIVED,
	/** The provider declined the payment; nothing was taken. */
	DECLINED,
	/** Received, then refunded in full. */
	REFUNDED

}
