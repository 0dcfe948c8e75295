package org.mhaw.localevents.event;

import java.util.List;
import java.util.Optional;

import org.mhaw.localevents.place.PlacesLedger;

import org.springframework.stereotype.Component;

/** Finds listed events for supporters, with their places now. */
@Component
public class EventFinder {

	private final EventCatalogue catalogue;

	private final PlacesLedger places;

	EventFinder(EventCatalogue catalogue, PlacesLedger places) {
		this.catalogue = catalogue;
		this.places = places;
	}

	public List<PublicEventView> find(EventSearch search) {
		return this.catalogue.listed()
			.stream()
			.filter((event) -> search.matches(event.publicDetails()))
			.map(this::view)
			.toList();
	}

	public Optional<PublicEventView> listed(String localEventId) {
		return this.catalogue.find(localEventId).filter(LocalEvent::isListed).map(this::view);
	}

	private PublicEventView view(LocalEvent event) {
		return new PublicEventView(event.localEventId(), event.publicDetails(),
				this.places.summary(event.localEventId()));
	}

}
