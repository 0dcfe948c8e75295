package org.mhaw.dashboard.totals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's numbers as JSON, and the target staff set. Staff only. */
@RestController
class TotalsController {

	private final TotalsReader totals;

	private final TargetStore target;

	TotalsController(TotalsReader totals, TargetStore target) {
		this.totals = totals;
		this.target = target;
	}

	@GetMapping("/api/dashboard/totals")
	Totals totals() {
		return this.totals.read();
	}

	@PutMapping("/api/dashboard/target")
	Target setTarget(@Valid @RequestBody Target target) {
		this.target.set(target.targetPence());
		return target;
	}

	/**
	 * @param targetPence the fundraising target in pence: at least 1p, at most £1bn
	 */
	record Target(@NotNull @Positive @Max(100_000_000_000L) Long targetPence) {

	}

}
