package org.mhaw.donations.payment;

/**
 * What the payment provider tells us about one payment.
 *
 * @param id the provider's id for this notification
 * @param type {@code payment.succeeded} or {@code payment.failed}
 * @param donationId our donation id, given to the provider with the intent
 * @param paymentId the provider's payment reference
 * @param amountPence the amount the provider took (or tried to), in pence
 * @param currency GBP
 * @param reason why a payment failed, or {@code null}
 */
record PaymentWebhook(String id, String type, String donationId, String paymentId, Long amountPence, String currency,
		String reason) {

	static final String SUCCEEDED = "payment.succeeded";

	static final String FAILED = "payment.failed";

	boolean succeeded() {
		return SUCCEEDED.equals(this.type);
	}

}
