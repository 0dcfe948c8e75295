package org.mhaw.dashboard.moderation;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The moderation queue for API clients. Staff only. */
@RestController
class ModerationController {

	private final ModerationQueue queue;

	private final ModerationDecisions decisions;

	ModerationController(ModerationQueue queue, ModerationDecisions decisions) {
		this.queue = queue;
		this.decisions = decisions;
	}

	@GetMapping("/api/dashboard/moderation")
	List<ModerationItem> pending() {
		return this.queue.pending();
	}

	@PostMapping("/api/dashboard/moderation/{itemId}/decision")
	ModerationDecided decide(@PathVariable String itemId, @Valid @RequestBody Decision decision, Principal staff) {
		return this.decisions.decide(itemId, decision.decision(), decision.reason(), staff.getName());
	}

	/**
	 * @param decision approve or reject
	 * @param reason why, required to reject
	 */
	record Decision(@NotNull ModerationDecision decision, @Size(max = ModerationDecisions.MAX_REASON) String reason) {

	}

}
