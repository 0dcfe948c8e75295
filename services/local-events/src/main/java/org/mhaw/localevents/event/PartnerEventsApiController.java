package org.mhaw.localevents.event;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.mhaw.localevents.partner.AuthenticatedPartner;
import org.mhaw.localevents.place.PlacesLedger;
import org.mhaw.platform.idempotency.IdempotencyKeys;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partners' API: submit, read, edit and cancel their own events. Authenticated by the
 * partner's key ({@code PartnerSecurity}); another partner's event is a 404.
 */
@RestController
@RequestMapping("/api/partner/events")
class PartnerEventsApiController {

	private final EventSubmissions submissions;

	private final EventCatalogue catalogue;

	private final PlacesLedger places;

	PartnerEventsApiController(EventSubmissions submissions, EventCatalogue catalogue, PlacesLedger places) {
		this.submissions = submissions;
		this.catalogue = catalogue;
		this.places = places;
	}

	@PostMapping
	ResponseEntity<PartnerEventView> submit(@AuthenticationPrincipal AuthenticatedPartner partner,
			@RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey,
			@Valid @RequestBody EventSubmission submission) {
		LocalEvent event = this.submissions.submit(partner, idempotencyKey, submission);
		return ResponseEntity.created(URI.create("/api/partner/events/" + event.localEventId()))
			.body(view(event, false));
	}

	@GetMapping
	List<PartnerEventView> events(@AuthenticationPrincipal AuthenticatedPartner partner) {
		return this.catalogue.ofPartner(partner.partnerId()).stream().map((event) -> view(event, false)).toList();
	}

	@GetMapping("/{localEventId}")
	PartnerEventView event(@AuthenticationPrincipal AuthenticatedPartner partner, @PathVariable String localEventId) {
		return view(this.submissions.own(partner, localEventId), true);
	}

	@PutMapping("/{localEventId}")
	PartnerEventView edit(@AuthenticationPrincipal AuthenticatedPartner partner, @PathVariable String localEventId,
			@Valid @RequestBody EventSubmission submission) {
		return view(this.submissions.edit(partner, localEventId, submission), true);
	}

	@PostMapping("/{localEventId}/cancel")
	PartnerEventView cancel(@AuthenticationPrincipal AuthenticatedPartner partner, @PathVariable String localEventId) {
		return view(this.submissions.cancel(partner, localEventId), true);
	}

	private PartnerEventView view(LocalEvent event, boolean withAttendees) {
		return PartnerEventView.of(event, this.places.summary(event.localEventId()),
				withAttendees ? this.places.signUps(event.localEventId()) : null);
	}

}
