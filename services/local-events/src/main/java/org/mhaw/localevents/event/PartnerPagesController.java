package org.mhaw.localevents.event;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.mhaw.events.Region;
import org.mhaw.events.localevent.EventCategory;
import org.mhaw.localevents.partner.AuthenticatedPartner;
import org.mhaw.localevents.place.PlacesLedger;
import org.mhaw.localevents.web.FormSubmissions;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Partners' pages: their events with status and sign-ups, a form for a new event, and
 * cancelling. Signed in with the partner's key ({@code PartnerSecurity}).
 */
@Controller
class PartnerPagesController {

	private final EventSubmissions submissions;

	private final EventCatalogue catalogue;

	private final PlacesLedger places;

	private final Validator validator;

	private final FormSubmissions forms;

	PartnerPagesController(EventSubmissions submissions, EventCatalogue catalogue, PlacesLedger places,
			Validator validator, FormSubmissions forms) {
		this.submissions = submissions;
		this.catalogue = catalogue;
		this.places = places;
		this.validator = validator;
		this.forms = forms;
	}

	@GetMapping("/partner/events")
	String events(@AuthenticationPrincipal AuthenticatedPartner partner, Model model) {
		model.addAttribute("partner", partner);
		model.addAttribute("events",
				this.catalogue.ofPartner(partner.partnerId())
					.stream()
					.map((event) -> PartnerEventView.of(event, this.places.summary(event.localEventId()), null))
					.toList());
		return "partner/events";
	}

	@GetMapping("/partner/events/new")
	String newEvent(Model model) {
		model.addAttribute("form", EventForm.empty());
		return formPage(FormSubmissions.newKey(), model);
	}

	@PostMapping("/partner/events/new")
	String submit(@AuthenticationPrincipal AuthenticatedPartner partner, @RequestParam String idempotencyKey,
			@ModelAttribute("form") EventForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			EventSubmission submission = form.toSubmission();
			Set<ConstraintViolation<EventSubmission>> violations = this.validator.validate(submission);
			violations
				.forEach((violation) -> errors.rejectValue(EventForm.formField(violation.getPropertyPath().toString()),
						"invalid", violation.getMessage()));
			if (violations.isEmpty()) {
				try {
					return "redirect:" + this.forms.once(idempotencyKey, form.toString(), () -> "/partner/events/"
							+ this.submissions.submit(partner, idempotencyKey, submission).localEventId());
				}
				catch (ApiProblem problem) {
					if (problem.field() == null) {
						throw problem;
					}
					errors.rejectValue(EventForm.formField(problem.field()), problem.type(), problem.getMessage());
				}
			}
		}
		return formPage(idempotencyKey, model);
	}

	@GetMapping("/partner/events/{localEventId}")
	String event(@AuthenticationPrincipal AuthenticatedPartner partner, @PathVariable String localEventId,
			Model model) {
		LocalEvent event = this.submissions.own(partner, localEventId);
		model.addAttribute("event",
				PartnerEventView.of(event, this.places.summary(localEventId), this.places.signUps(localEventId)));
		return "partner/event";
	}

	@PostMapping("/partner/events/{localEventId}/cancel")
	String cancel(@AuthenticationPrincipal AuthenticatedPartner partner, @PathVariable String localEventId) {
		this.submissions.cancel(partner, localEventId);
		return "redirect:/partner/events/" + localEventId;
	}

	private String formPage(String idempotencyKey, Model model) {
		model.addAttribute("idempotencyKey", idempotencyKey);
		model.addAttribute("categories", EventCategory.values());
		model.addAttribute("regions", Region.values());
		return "partner/new-event";
	}

}
