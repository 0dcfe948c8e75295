package org.mhaw.donations.giving;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mhaw.events.Region;

/**
 * A supporter's donation, as {@code POST /api/donations} takes it (and the page builds
 * it). The largest amount is a setting, checked by {@link DonationIntake}.
 *
 * @param amountPence whole pence, at least 100 (£1)
 * @param currency {@code GBP}: the only currency taken
 * @param email for the receipt and the supporter id; stays in this service
 * @param displayName the public name to thank, or {@code null} for anonymous
 * @param anonymous {@code true} to be thanked anonymously whatever the display name
 * @param message a public message (shown once staff approve it), or {@code null}
 * @param region the supporter's region, or {@code null} to take it from the postcode
 * @param postcode a postcode or district, used only to find the region, or {@code null}
 * @param giftAid a Gift Aid declaration, or {@code null}
 * @param sandbox instructions for the sandbox provider, or {@code null}
 */
public record DonationRequest(@NotNull @Min(value = 100, message = "must be at least 100 (£1)") Long amountPence,
		@NotNull @Pattern(regexp = "GBP", message = "must be GBP: only pounds sterling are taken") String currency,
		@NotBlank @Email @Size(max = 254) String email, @Size(max = 50) String displayName, Boolean anonymous,
		@Size(max = 280) String message, Region region,
		@Size(max = 10) @Pattern(regexp = "\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?(\\s*[0-9][A-Za-z]{2})?\\s*",
				message = "must be a UK postcode or postcode district, such as M1 1AE or M1") String postcode,
		@Valid GiftAid giftAid, @Valid Sandbox sandbox) {

	boolean isAnonymous() {
		return Boolean.TRUE.equals(this.anonymous) || this.displayName == null || this.displayName.isBlank();
	}

	/**
	 * A Gift Aid declaration: what HMRC requires.
	 *
	 * @param title such as Mr, Ms, Dr; optional
	 * @param firstName first name or initial
	 * @param surname surname
	 * @param houseNameOrNumber house name or number
	 * @param postcode full UK postcode
	 * @param ukTaxpayer must be {@code true}: the supporter confirms they pay enough UK
	 * tax
	 * @param wordingVersion the version of the wording shown
	 * ({@link GiftAidWording#VERSION})
	 */
	public record GiftAid(@Size(max = 20) String title, @NotBlank @Size(max = 50) String firstName,
			@NotBlank @Size(max = 50) String surname, @NotBlank @Size(max = 50) String houseNameOrNumber,
			@NotBlank @Pattern(regexp = PostcodeRegions.FULL_POSTCODE,
					message = "must be a full UK postcode, such as M1 1AE") String postcode,
			@NotNull @AssertTrue(message = "must be true: Gift Aid needs a UK taxpayer") Boolean ukTaxpayer,
			@NotNull @Pattern(regexp = GiftAidWording.VERSION,
					message = "must be the current wording, " + GiftAidWording.VERSION) String wordingVersion) {

	}

	/**
	 * Instructions for the sandbox provider (ignored by real providers).
	 *
	 * @param decline decline this payment
	 */
	public record Sandbox(boolean decline) {

	}

}
