package org.mhaw.donations.payment;

/**
 * A payment provider: takes the supporter's card (the platform never sees it) and
 * confirms or declines each payment by a signed webhook to {@code /webhooks/payments}.
 * The sandbox stands in locally; a real provider is another implementation of this one
 * interface.
 */
public interface PaymentProvider {

	/**
	 * Starts taking a payment for a pending donation. Called again with the same intent
	 * after a retry, so it must be idempotent by donation id.
	 * @param intent what to take
	 * @return where the supporter pays
	 */
	PaymentStart start(PaymentIntent intent);

	/**
	 * Gives money back for a received donation. Idempotent by refund id: a refund retried
	 * after a failure is not paid twice.
	 * @param refundId the refund's id
	 * @param donationId the donation
	 * @param paymentId the provider's reference for its payment
	 * @param amountPence how much
	 */
	void refund(String refundId, String donationId, String paymentId, long amountPence);

	/**
	 * A payment to take.
	 *
	 * @param donationId the donation it is for
	 * @param amountPence amount in pence
	 * @param currency always GBP
	 * @param sandboxDecline asks the sandbox to decline it; real providers ignore it
	 */
	record PaymentIntent(String donationId, long amountPence, String currency, boolean sandboxDecline) {

	}

	/**
	 * Where the supporter pays.
	 *
	 * @param provider the provider's name
	 * @param paymentId the provider's reference
	 * @param payUrl the page where the supporter enters their card, or {@code null} when
	 * the provider confirms by itself (the sandbox)
	 */
	record PaymentStart(String provider, String paymentId, String payUrl) {

	}

}
