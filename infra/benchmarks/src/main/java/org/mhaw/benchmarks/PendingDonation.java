package org.mhaw.benchmarks;

/**
 * A donation the donations service holds as pending, waiting for its payment to be
 * confirmed.
 *
 * @param donationId the service's id for it
 * @param paymentId the payment provider's reference
 * @param amountPence what the provider must confirm
 */
record PendingDonation(String donationId, String paymentId, long amountPence) {

}
