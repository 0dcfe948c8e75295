package org.mhaw.donations.ledger;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.mhaw.events.Region;

/**
 * One fact on donations' private topic ({@code mhaw.donations.private}), keyed by
 * donation id. Together with the shared {@code mhaw.donations} topic these are the
 * service's whole state: nothing else needs to survive a restart. Personal details are
 * here only sealed with the supporter's own key ({@code PersonalDataVault}); this topic
 * is never read by another service.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = LedgerEntry.DonationOpened.class, name = "donation-opened"),
		@JsonSubTypes.Type(value = LedgerEntry.PaymentConfirmed.class, name = "payment-confirmed"),
		@JsonSubTypes.Type(value = LedgerEntry.PaymentDeclined.class, name = "payment-declined") })
public sealed interface LedgerEntry {

	String donationId();

	/**
	 * A supporter asked to give; the payment is pending.
	 *
	 * @param donationId the donation's id (derived from the request's idempotency key)
	 * @param supporterId opaque supporter id
	 * @param amountPence amount in pence (GBP)
	 * @param region the supporter's region
	 * @param openedAt when the intent was made
	 * @param sealedEmail the email, for the receipt (sealed)
	 * @param sealedDisplayName public display name (sealed), or {@code null} for
	 * anonymous
	 * @param sealedMessage public message awaiting moderation (sealed), or {@code null}
	 * @param giftAid the Gift Aid declaration made with this donation, or {@code null}
	 * @param sandboxDecline asks the sandbox provider to decline (testing only)
	 */
	record DonationOpened(String donationId, String supporterId, long amountPence, Region region, Instant openedAt,
			String sealedEmail, String sealedDisplayName, String sealedMessage, GiftAidDeclaration giftAid,
			boolean sandboxDecline) implements LedgerEntry {

	}

	/**
	 * What HMRC requires a Gift Aid declaration to record. The personal fields are sealed
	 * with the supporter's key.
	 *
	 * @param declarationId the declaration's id (the only part shared topics see)
	 * @param sealedTitle title, such as Ms (sealed), or {@code null}
	 * @param sealedFirstName first name or initial (sealed)
	 * @param sealedSurname surname (sealed)
	 * @param sealedHouseNameOrNumber house name or number (sealed)
	 * @param sealedPostcode postcode (sealed)
	 * @param ukTaxpayer the supporter confirmed they pay enough UK tax
	 * @param wordingVersion the version of the declaration wording they were shown
	 * @param declaredAt when they declared (the declaration's date)
	 * @param coversDonationIds the donations it covers
	 */
	record GiftAidDeclaration(String declarationId, String sealedTitle, String sealedFirstName, String sealedSurname,
			String sealedHouseNameOrNumber, String sealedPostcode, boolean ukTaxpayer, String wordingVersion,
			Instant declaredAt, List<String> coversDonationIds) {

	}

	/**
	 * The provider confirmed the payment; written before "donation received" is
	 * published, so the provider's reference survives for refunds.
	 *
	 * @param donationId the donation
	 * @param paymentId the provider's payment reference
	 * @param confirmedAt when the provider confirmed
	 */
	record PaymentConfirmed(String donationId, String paymentId, Instant confirmedAt) implements LedgerEntry {

	}

	/**
	 * The provider declined the payment.
	 *
	 * @param donationId the donation
	 * @param paymentId the provider's payment reference
	 * @param reason the provider's reason, for staff
	 * @param declinedAt when
	 */
	record PaymentDeclined(String donationId, String paymentId, String reason,
			Instant declinedAt) implements LedgerEntry {

	}

}
