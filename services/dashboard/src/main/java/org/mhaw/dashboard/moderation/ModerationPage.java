package org.mhaw.dashboard.moderation;

import java.security.Principal;
import java.time.Clock;

import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff moderation page: the queue, oldest first, each with approve and
 * reject-with-reason. Plain forms, so it works without JavaScript.
 */
@Controller
class ModerationPage {

	private final ModerationQueue queue;

	private final ModerationDecisions decisions;

	private final Clock clock;

	ModerationPage(ModerationQueue queue, ModerationDecisions decisions, Clock clock) {
		this.queue = queue;
		this.decisions = decisions;
		this.clock = clock;
	}

	@GetMapping("/staff/moderation")
	String queue(Model model) {
		model.addAttribute("items", this.queue.pending());
		model.addAttribute("now", this.clock.instant());
		return "moderation";
	}

	@PostMapping("/staff/moderation/{itemId}")
	String decide(@PathVariable String itemId, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, Principal staff, Model model, RedirectAttributes redirect) {
		try {
			ModerationDecision verdict = "approve".equals(decision) ? ModerationDecision.APPROVED
					: "reject".equals(decision) ? ModerationDecision.REJECTED : null;
			this.decisions.decide(itemId, verdict, reason, staff.getName());
			redirect.addFlashAttribute("done", (verdict == ModerationDecision.APPROVED)
					? "Approved. It will show publicly in a moment." : "Rejected. The reason has been sent on.");
			return "redirect:/staff/moderation";
		}
		catch (ApiProblem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				redirect.addFlashAttribute("done", problem.getMessage());
				return "redirect:/staff/moderation";
			}
			model.addAttribute("items", this.queue.pending());
			model.addAttribute("now", this.clock.instant());
			model.addAttribute("errorItem", itemId);
			model.addAttribute("errorField", problem.field());
			model.addAttribute("error", problem.getMessage());
			model.addAttribute("reason", reason);
			return "moderation";
		}
	}

}
