package org.mhaw.dashboard.pages;

import org.mhaw.dashboard.live.LiveTotals.PublicProgress;
import org.mhaw.dashboard.totals.Totals;
import org.mhaw.dashboard.totals.TotalsReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page, the staff dashboard and the public totaliser. Each is rendered with
 * the current numbers, so it is right without JavaScript; a small script then keeps the
 * numbers live from the server-sent stream.
 */
@Controller
class DashboardPages {

	private final TotalsReader totals;

	DashboardPages(TotalsReader totals) {
		this.totals = totals;
	}

	@GetMapping("/")
	String landing(Model model) {
		model.addAttribute("progress", PublicProgress.of(this.totals.read()));
		return "landing";
	}

	@GetMapping("/dashboard")
	String dashboard(Model model) {
		Totals totals = this.totals.read();
		model.addAttribute("totals", totals);
		model.addAttribute("largestDay", totals.byDay().stream().mapToLong(Totals.Bucket::pence).max().orElse(0));
		model.addAttribute("largestRegion", totals.byRegion().stream().mapToLong(Totals.Bucket::pence).max().orElse(0));
		return "dashboard";
	}

	@GetMapping("/totaliser")
	String totaliser(Model model) {
		model.addAttribute("progress", PublicProgress.of(this.totals.read()));
		return "totaliser";
	}

}
