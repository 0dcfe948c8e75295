package org.mhaw.tips.authoring;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import org.mhaw.events.tip.TipAudience;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.platform.problem.ApiProblem;
import org.mhaw.platform.problem.FormErrors;
import org.mhaw.tips.markdown.SafeMarkdown;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages to write, preview, publish, schedule and take down tips. */
@Controller
@RequestMapping("/tips/manage")
class TipManagePageController {

	/** Staff think in UK time; the schedule form's time is read as London time. */
	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Tips tips;

	private final SafeMarkdown markdown;

	private final Validator validator;

	TipManagePageController(Tips tips, SafeMarkdown markdown, Validator validator) {
		this.tips = tips;
		this.markdown = markdown;
		this.validator = validator;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tips", this.tips.all());
		return "manage/list";
	}

	@GetMapping("/new")
	String newTip(Model model) {
		return form(model, null, new TipDraft("", "", "", List.of(), List.of()), Map.of());
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String summary,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") List<String> audiences,
			@RequestParam(defaultValue = "") List<String> topics, @RequestParam(defaultValue = "") String formKey,
			Model model) {
		TipDraft draft = draft(title, summary, body, audiences, topics);
		// The form's key makes the tip's id: sending the form twice adds one tip.
		String key = IdempotencyKeys.isValid(formKey) ? formKey : IdempotencyKeys.newKey();
		Tip[] created = new Tip[1];
		Map<String, String> errors = FormErrors.check(this.validator, draft,
				() -> created[0] = this.tips.create(IdempotencyKeys.derivedId("tip", key), draft));
		if (!errors.isEmpty()) {
			model.addAttribute("formKey", key);
			return form(model, null, draft, errors);
		}
		return "redirect:/tips/manage/" + created[0].tipId();
	}

	@GetMapping("/{tipId}")
	String edit(@PathVariable String tipId, Model model) {
		Tip tip = this.tips.get(tipId);
		return form(model, tip, new TipDraft(tip.title(), tip.summary(), tip.body(), tip.audiences(), tip.topics()),
				Map.of());
	}

	@PostMapping("/{tipId}")
	String update(@PathVariable String tipId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") List<String> audiences,
			@RequestParam(defaultValue = "") List<String> topics, Model model, RedirectAttributes redirect) {
		TipDraft draft = draft(title, summary, body, audiences, topics);
		Map<String, String> errors = FormErrors.check(this.validator, draft, () -> this.tips.update(tipId, draft));
		if (!errors.isEmpty()) {
			return form(model, this.tips.get(tipId), draft, errors);
		}
		redirect.addFlashAttribute("notice", "Saved.");
		return "redirect:/tips/manage/" + tipId;
	}

	@PostMapping("/{tipId}/publish")
	String publish(@PathVariable String tipId, RedirectAttributes redirect) {
		this.tips.publish(tipId);
		redirect.addFlashAttribute("notice", "Published. It is on the site now.");
		return "redirect:/tips/manage/" + tipId;
	}

	@PostMapping("/{tipId}/unpublish")
	String unpublish(@PathVariable String tipId, RedirectAttributes redirect) {
		this.tips.unpublish(tipId);
		redirect.addFlashAttribute("notice", "Taken off the site.");
		return "redirect:/tips/manage/" + tipId;
	}

	@PostMapping("/{tipId}/schedule")
	String schedule(@PathVariable String tipId, @RequestParam(defaultValue = "") String publishAt, Model model,
			RedirectAttributes redirect) {
		Tip tip = this.tips.get(tipId);
		try {
			Instant at = LocalDateTime.parse(publishAt).atZone(LONDON).toInstant();
			this.tips.schedule(tipId, at);
		}
		catch (DateTimeParseException | ApiProblem ex) {
			String message = (ex instanceof ApiProblem problem) ? problem.getMessage()
					: "Enter a date and time, such as 12 May 2025 at 07:00";
			model.addAttribute("scheduleError", message);
			return form(model, tip, new TipDraft(tip.title(), tip.summary(), tip.body(), tip.audiences(), tip.topics()),
					Map.of());
		}
		redirect.addFlashAttribute("notice", "Scheduled.");
		return "redirect:/tips/manage/" + tipId;
	}

	private String form(Model model, Tip tip, TipDraft draft, Map<String, String> errors) {
		model.addAttribute("tip", tip);
		model.addAttribute("draft", draft);
		model.addAttribute("errors", errors);
		model.addAttribute("audienceChoices",
				Arrays.stream(TipAudience.values()).filter((audience) -> audience != TipAudience.OTHER).toList());
		model.addAttribute("topicChoices", TipTopics.ALL);
		model.addAttribute("preview", this.markdown.toHtml(draft.body()));
		model.addAttribute("london", LONDON);
		if (!model.containsAttribute("formKey")) {
			model.addAttribute("formKey", IdempotencyKeys.newKey());
		}
		return "manage/edit";
	}

	/** An audience the form sent that is not one of ours stays in the list as null. */
	private static TipDraft draft(String title, String summary, String body, List<String> audiences,
			List<String> topics) {
		List<TipAudience> chosen = new ArrayList<>();
		for (String audience : audiences) {
			chosen.add(Arrays.stream(TipAudience.values())
				.filter((known) -> known != TipAudience.OTHER && known.name().equals(audience))
				.findFirst()
				.orElse(null));
		}
		return new TipDraft(title, summary, body, chosen, topics);
	}

}
