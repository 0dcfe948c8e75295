package org.mhaw.tips.authoring;

import java.util.List;

import jakarta.validation.Valid;
import org.mhaw.platform.idempotency.IdempotencyKeys;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff write and publish tips over JSON (staff-only: see
 * {@code mhaw.security.staff-paths}).
 */
@RestController
@RequestMapping("/api/tips/manage")
class TipApiController {

	private final Tips tips;

	TipApiController(Tips tips) {
		this.tips = tips;
	}

	@GetMapping
	List<Tip> all() {
		return this.tips.all();
	}

	@GetMapping("/{tipId}")
	Tip one(@PathVariable String tipId) {
		return this.tips.get(tipId);
	}

	/** A new draft; its id derives from the Idempotency-Key, so a retry adds nothing. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Tip create(@Valid @RequestBody TipDraft draft, @RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey) {
		return this.tips.create(IdempotencyKeys.derivedId("tip", idempotencyKey), draft);
	}

	@PutMapping("/{tipId}")
	Tip update(@PathVariable String tipId, @Valid @RequestBody TipDraft draft) {
		return this.tips.update(tipId, draft);
	}

	@PostMapping("/{tipId}/publish")
	Tip publish(@PathVariable String tipId) {
		return this.tips.publish(tipId);
	}

	@PostMapping("/{tipId}/unpublish")
	Tip unpublish(@PathVariable String tipId) {
		return this.tips.unpublish(tipId);
	}

	@PostMapping("/{tipId}/schedule")
	Tip schedule(@PathVariable String tipId, @Valid @RequestBody TipSchedule schedule) {
		return this.tips.schedule(tipId, schedule.publishAt());
	}

}
