package org.mhaw.localevents.calendar;

import java.time.Clock;
import java.util.Optional;

import org.mhaw.localevents.event.EventDetails;
import org.mhaw.localevents.event.EventFinder;
import org.mhaw.localevents.event.PublicEventView;
import org.mhaw.localevents.place.PlacesLedger;
import org.mhaw.localevents.place.SignUp;
import org.mhaw.localevents.place.SignUpStatus;
import org.mhaw.localevents.place.SupporterKeys;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar files: one for each listed event, and a private one (behind an unguessable
 * link) with every event a supporter holds a place or a waitlist spot at.
 */
@RestController
class CalendarController {

	private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final EventFinder finder;

	private final PlacesLedger places;

	private final SupporterKeys keys;

	private final Clock clock;

	CalendarController(EventFinder finder, PlacesLedger places, SupporterKeys keys, Clock clock) {
		this.finder = finder;
		this.places = places;
		this.keys = keys;
		this.clock = clock;
	}

	@GetMapping("/events/{localEventId}.ics")
	ResponseEntity<String> event(@PathVariable String localEventId) {
		PublicEventView event = this.finder.listed(localEventId)
			.orElseThrow(() -> ApiProblem.notFound("There is no listed event " + localEventId + "."));
		ICalendar calendar = new ICalendar(event.details().title(), this.clock.instant());
		add(calendar, event, true);
		return ics(calendar.end(), "event.ics");
	}

	@GetMapping("/events/my/{token}.ics")
	ResponseEntity<String> mine(@PathVariable String token) {
		String supporterId = this.keys.readCalendarToken(token)
			.orElseThrow(() -> ApiProblem.notFound("There is no such calendar."));
		ICalendar calendar = new ICalendar("My Mental Health Awareness Week events", this.clock.instant());
		for (SignUp signUp : this.places.activeSignUpsOf(supporterId)) {
			Optional<PublicEventView> event = this.finder.listed(signUp.localEventId());
			event.ifPresent((listed) -> add(calendar, listed, signUp.status() == SignUpStatus.CONFIRMED));
		}
		return ics(calendar.end(), "my-events.ics");
	}

	private static void add(ICalendar calendar, PublicEventView event, boolean confirmed) {
		EventDetails details = event.details();
		String location = details.online() ? "Online"
				: details.venue().name() + ", " + details.venue().address() + ", " + details.venue().postcode();
		calendar.event(event.localEventId() + "@events.mhaw", details.title(), details.description(), location,
				details.startsAt(), details.endsAt(), null, confirmed);
	}

	private static ResponseEntity<String> ics(String body, String filename) {
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
			.body(body);
	}

}
