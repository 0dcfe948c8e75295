package org.mhaw.localevents.event;

import java.time.DayOfWeek;
import java.util.List;

import org.mhaw.events.Region;
import org.mhaw.events.localevent.EventCategory;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The approved events, for anyone: the same search as the {@code /events} page. */
@RestController
class PublicEventsApiController {

	private final EventFinder finder;

	PublicEventsApiController(EventFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/api/events")
	List<PublicEventView> events(@RequestParam(required = false) Region region,
			@RequestParam(required = false) String district, @RequestParam(required = false) EventCategory category,
			@RequestParam(required = false) DayOfWeek day, @RequestParam(required = false) List<AccessNeed> access,
			@RequestParam(required = false) String q) {
		return this.finder.find(new EventSearch(region, district, category, day, access, q));
	}

	@GetMapping("/api/events/{localEventId}")
	PublicEventView event(@PathVariable String localEventId) {
		return this.finder.listed(localEventId)
			.orElseThrow(() -> ApiProblem.notFound("There is no listed event " + localEventId + "."));
	}

}
