package org.mhaw.donations.giving;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mhaw.events.Region;

/**
 * Finds a supporter's region from their postcode's area, using the table in
 * {@code postcode-areas.properties}. Only the area (the leading letters) is used, and
 * only the region is kept: neither identifies anyone.
 */
final class PostcodeRegions {

	/** A full postcode ({@code SW1A 1AA}) or just its district ({@code SW1A}). */
	static final Pattern POSTCODE_OR_DISTRICT = Pattern.compile("([A-Z]{1,2})[0-9][A-Z0-9]?(\\s*[0-9][A-Z]{2})?");

	/** A full UK postcode, as HMRC needs on a Gift Aid declaration. */
	static final String FULL_POSTCODE = "^\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s*[0-9][A-Za-z]{2}\\s*$";

	private static final Properties AREAS = load();

	private PostcodeRegions() {
	}

	static boolean isPostcodeOrDistrict(String text) {
		return POSTCODE_OR_DISTRICT.matcher(normalise(text)).matches();
	}

	/**
	 * The region of a postcode or district.
	 * @param text such as {@code M1 1AE}, {@code eh1} or {@code SW1A}
	 * @return its region, or {@link Region#UNKNOWN} for an area not in the table or text
	 * that is not a postcode
	 */
	static Region regionOf(String text) {
		if (text == null) {
			return Region.UNKNOWN;
		}
		Matcher matcher = POSTCODE_OR_DISTRICT.matcher(normalise(text));
		if (!matcher.matches()) {
			return Region.UNKNOWN;
		}
		String region = AREAS.getProperty(matcher.group(1));
		return (region != null) ? Region.valueOf(region) : Region.UNKNOWN;
	}

	private static String normalise(String text) {
		return text.strip().toUpperCase(Locale.ROOT);
	}

	private static Properties load() {
		Properties areas = new Properties();
		try (InputStream in = PostcodeRegions.class.getClassLoader()
			.getResourceAsStream("org/mhaw/donations/postcode-areas.properties")) {
			areas.load(in);
			return areas;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
