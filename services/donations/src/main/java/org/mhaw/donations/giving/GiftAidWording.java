package org.mhaw.donations.giving;

/**
 * The Gift Aid declaration a supporter agrees to, and its version. HMRC needs to know
 * which wording each declaration was made under, so a changed text gets a new version and
 * the old one stays recorded on every declaration made with it.
 */
public final class GiftAidWording {

	/** The version of {@link #TEXT}. */
	public static final String VERSION = "single-donation-2025-05";

	/** HMRC's model wording for a declaration covering one donation. */
	public static final String TEXT = "I want to Gift Aid my donation to Mental Health Awareness Week. "
			+ "I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax "
			+ "than the amount of Gift Aid claimed on all my donations in that tax year it is my "
			+ "responsibility to pay any difference.";

	private GiftAidWording() {
	}

}
