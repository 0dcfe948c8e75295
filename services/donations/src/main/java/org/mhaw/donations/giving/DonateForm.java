package org.mhaw.donations.giving;

import java.math.BigDecimal;
import java.util.Locale;

import org.mhaw.events.Region;

/**
 * The donate page's form, as the browser posts it (every field a string, so whatever a
 * supporter typed comes back to them with the error next to it).
 */
public class DonateForm {

	static final String OTHER = "other";

	private String idempotencyKey;

	private String amountChoice = "1000";

	private String otherAmount;

	private String email;

	private String displayName;

	private boolean anonymous;

	private String message;

	private String region;

	private String postcode;

	private boolean giftAid;

	private String title;

	private String firstName;

	private String surname;

	private String houseNameOrNumber;

	private String giftAidPostcode;

	private boolean ukTaxpayer;

	/**
	 * The request this form makes, or {@code null} parts where the supporter's input
	 * cannot be read (reported by {@link #amountPence()}).
	 * @return the API request
	 */
	DonationRequest toRequest() {
		DonationRequest.GiftAid declaration = this.giftAid ? new DonationRequest.GiftAid(blank(this.title),
				blank(this.firstName), blank(this.surname), blank(this.houseNameOrNumber),
				(this.giftAidPostcode != null) ? this.giftAidPostcode : "", this.ukTaxpayer, GiftAidWording.VERSION)
				: null;
		return new DonationRequest(amountPence(), "GBP", (this.email != null) ? this.email.strip() : null,
				blank(this.displayName), this.anonymous, blank(this.message), regionChosen(), blank(this.postcode),
				declaration, null);
	}

	/**
	 * The amount in pence: a preset, or the "other" amount in pounds (£12.50, 12.5, 12).
	 * @return pence, or {@code null} if it cannot be read as whole pence
	 */
	Long amountPence() {
		if (!OTHER.equals(this.amountChoice)) {
			try {
				return Long.valueOf(this.amountChoice);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		if (this.otherAmount == null) {
			return null;
		}
		String pounds = this.otherAmount.strip().replace("£", "").replace(",", "");
		if (!pounds.matches("\\d{1,7}(\\.\\d{1,2})?")) {
			return null;
		}
		return new BigDecimal(pounds).movePointRight(2).longValueExact();
	}

	private Region regionChosen() {
		if (this.region == null || this.region.isBlank()) {
			return null;
		}
		try {
			return Region.valueOf(this.region.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public String getAmountChoice() {
		return this.amountChoice;
	}

	public void setAmountChoice(String amountChoice) {
		this.amountChoice = amountChoice;
	}

	public String getOtherAmount() {
		return this.otherAmount;
	}

	public void setOtherAmount(String otherAmount) {
		this.otherAmount = otherAmount;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getPostcode() {
		return this.postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public boolean isGiftAid() {
		return this.giftAid;
	}

	public void setGiftAid(boolean giftAid) {
		this.giftAid = giftAid;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getSurname() {
		return this.surname;
	}

	public void setSurname(String surname) {
		this.surname = surname;
	}

	public String getHouseNameOrNumber() {
		return this.houseNameOrNumber;
	}

	public void setHouseNameOrNumber(String houseNameOrNumber) {
		this.houseNameOrNumber = houseNameOrNumber;
	}

	public String getGiftAidPostcode() {
		return this.giftAidPostcode;
	}

	public void setGiftAidPostcode(String giftAidPostcode) {
		this.giftAidPostcode = giftAidPostcode;
	}

	public boolean isUkTaxpayer() {
		return this.ukTaxpayer;
	}

	public void setUkTaxpayer(boolean ukTaxpayer) {
		this.ukTaxpayer = ukTaxpayer;
	}

}
