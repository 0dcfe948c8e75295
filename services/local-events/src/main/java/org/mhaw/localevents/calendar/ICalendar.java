package org.mhaw.localevents.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.mhaw.events.calendar.CampaignCalendar;

/**
 * Writes an RFC 5545 calendar: CRLF line ends, lines folded at 75 octets (never inside a
 * UTF-8 character), TEXT values escaped, and event times in London wall-clock time with
 * the Europe/London {@code VTIMEZONE} they refer to.
 */
final class ICalendar {

	private static final String CRLF = "\r\n";

	private static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/**
	 * Europe/London since 1996: BST from the last Sunday of March, GMT from October's.
	 */
	private static final String LONDON_TIMEZONE = String.join(CRLF, "BEGIN:VTIMEZONE", "TZID:Europe/London",
			"BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
			"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0100",
			"TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
			"END:STANDARD", "END:VTIMEZONE") + CRLF;

	private final StringBuilder out = new StringBuilder();

	private final Instant stamp;

	ICalendar(String name, Instant stamp) {
		this.stamp = stamp;
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Mental Health Awareness Week//Local events//EN");
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		line("X-WR-CALNAME:" + text(name));
		line("X-WR-TIMEZONE:Europe/London");
		this.out.append(LONDON_TIMEZONE);
	}

	/**
	 * Adds one event.
	 * @param uid stable across downloads, so a calendar app updates rather than doubles
	 * @param confirmed {@code false} for a waitlist spot ({@code STATUS:TENTATIVE})
	 */
	ICalendar event(String uid, String summary, String description, String location, Instant startsAt, Instant endsAt,
			String url, boolean confirmed) {
		line("BEGIN:VEVENT");
		line("UID:" + text(uid));
		line("DTSTAMP:" + UTC.format(this.stamp));
		line("DTSTART;TZID=Europe/London:" + london(startsAt));
		line("DTEND;TZID=Europe/London:" + london(endsAt));
		line("SUMMARY:" + text(summary));
		line("DESCRIPTION:" + text(description));
		if (location != null) {
			line("LOCATION:" + text(location));
		}
		if (url != null) {
			line("URL:" + url);
		}
		line("STATUS:" + (confirmed ? "CONFIRMED" : "TENTATIVE"));
		line("TRANSP:OPAQUE");
		line("END:VEVENT");
		return this;
	}

	String end() {
		line("END:VCALENDAR");
		return this.out.toString();
	}

	private static String london(Instant instant) {
		return LOCAL.format(ZonedDateTime.ofInstant(instant, CampaignCalendar.LONDON));
	}

	/** Escapes a TEXT value (RFC 5545 3.3.11). */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Writes one content line, folded so no physical line passes 75 octets. */
	private void line(String content) {
		int octets = 0;
		int limit = MAX_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				this.out.append(CRLF).append(' ');
				// The leading space of a continuation line counts towards its 75.
				octets = 1;
			}
			this.out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		this.out.append(CRLF);
	}

}
