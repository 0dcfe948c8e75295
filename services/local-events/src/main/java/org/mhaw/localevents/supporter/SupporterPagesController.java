package org.mhaw.localevents.supporter;

import java.time.DayOfWeek;
import java.util.List;

import jakarta.validation.Valid;
import org.mhaw.events.Region;
import org.mhaw.events.localevent.EventCategory;
import org.mhaw.localevents.event.AccessNeed;
import org.mhaw.localevents.event.EventFinder;
import org.mhaw.localevents.event.EventSearch;
import org.mhaw.localevents.event.PublicEventView;
import org.mhaw.localevents.place.SignUpAnswer;
import org.mhaw.localevents.place.SignUpForm;
import org.mhaw.localevents.place.SignUps;
import org.mhaw.localevents.web.FormSubmissions;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Supporters' pages: find an event, sign up, see or cancel a sign-up. Plain forms that
 * work without JavaScript; the places left are refreshed by a small script when it runs.
 */
@Controller
class SupporterPagesController {

	private final EventFinder finder;

	private final SignUps signUps;

	private final FormSubmissions forms;

	SupporterPagesController(EventFinder finder, SignUps signUps, FormSubmissions forms) {
		this.finder = finder;
		this.signUps = signUps;
		this.forms = forms;
	}

	@GetMapping("/events")
	String events(@RequestParam(required = false) Region region, @RequestParam(required = false) String district,
			@RequestParam(required = false) EventCategory category, @RequestParam(required = false) DayOfWeek day,
			@RequestParam(required = false) List<AccessNeed> access, @RequestParam(required = false) String q,
			Model model) {
		EventSearch search = new EventSearch(region, district, category, day, (access != null) ? access : List.of(), q);
		model.addAttribute("search", search);
		model.addAttribute("events", this.finder.find(search));
		model.addAttribute("regions", Region.values());
		model.addAttribute("categories", EventCategory.values());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("needs", AccessNeed.values());
		return "events/list";
	}

	@GetMapping("/events/{localEventId}")
	String event(@PathVariable String localEventId, Model model) {
		model.addAttribute("form", new SignUpForm("", "", "", false));
		return eventPage(localEventId, FormSubmissions.newKey(), model);
	}

	@PostMapping("/events/{localEventId}/sign-up")
	String signUp(@PathVariable String localEventId, @RequestParam String idempotencyKey,
			@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return eventPage(localEventId, idempotencyKey, model);
		}
		String location = this.forms.once(idempotencyKey, localEventId + "|" + form, () -> {
			SignUpAnswer answer = this.signUps.signUp(localEventId, idempotencyKey, form);
			if (answer.signUpUrl() != null) {
				return answer.signUpUrl();
			}
			return "/events/" + localEventId + "/signed-up?" + (answer.alreadySignedUp() ? "already" : "pending");
		});
		return "redirect:" + location;
	}

	@GetMapping("/events/{localEventId}/signed-up")
	String signedUpBefore(@PathVariable String localEventId, @RequestParam(required = false) String already,
			Model model) {
		model.addAttribute("event", listed(localEventId));
		model.addAttribute("already", already != null);
		return "events/signed-up-before";
	}

	@GetMapping("/events/sign-ups/{token}")
	String signUpPage(@PathVariable String token, Model model) {
		SignUpAnswer answer = this.signUps.find(token)
			.orElseThrow(() -> ApiProblem.notFound("There is no such sign-up."));
		model.addAttribute("signUp", answer);
		model.addAttribute("token", token);
		model.addAttribute("event", this.finder.listed(answer.localEventId()).orElse(null));
		return "events/sign-up";
	}

	@PostMapping("/events/sign-ups/{token}/cancel")
	String cancel(@PathVariable String token) {
		this.signUps.cancel(token);
		return "redirect:/events/sign-ups/" + token;
	}

	private String eventPage(String localEventId, String idempotencyKey, Model model) {
		model.addAttribute("event", listed(localEventId));
		model.addAttribute("idempotencyKey", idempotencyKey);
		return "events/event";
	}

	private PublicEventView listed(String localEventId) {
		return this.finder.listed(localEventId)
			.orElseThrow(() -> ApiProblem.notFound("There is no listed event " + localEventId + "."));
	}

}
