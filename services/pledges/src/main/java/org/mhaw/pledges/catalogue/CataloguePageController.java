package org.mhaw.pledges.catalogue;

import java.util.Map;

import jakarta.validation.Validator;
import org.mhaw.platform.problem.FormErrors;

import org.mhaw.pledges.pledging.PledgeLedger;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff page for the catalogue: every pledge with its count, add one, retire one. */
@Controller
@RequestMapping("/pledges/catalogue")
class CataloguePageController {

	private final Catalogue catalogue;

	private final PledgeLedger ledger;

	private final Validator validator;

	CataloguePageController(Catalogue catalogue, PledgeLedger ledger, Validator validator) {
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.validator = validator;
	}

	@GetMapping
	String page(Model model) {
		if (!model.containsAttribute("entry")) {
			model.addAttribute("entry", new NewCatalogueEntry("", "", ""));
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("entries", this.catalogue.entries());
		model.addAttribute("counts", this.ledger.counts());
		return "catalogue";
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, Model model, RedirectAttributes redirect) {
		NewCatalogueEntry entry = new NewCatalogueEntry(key.strip(), title, description);
		Map<String, String> errors = FormErrors.check(this.validator, entry, () -> this.catalogue.create(entry));
		if (!errors.isEmpty()) {
			model.addAttribute("entry", entry);
			model.addAttribute("errors", errors);
			return page(model);
		}
		redirect.addFlashAttribute("notice", "Added \u201c" + entry.title().strip() + "\u201d to the catalogue.");
		return "redirect:/pledges/catalogue";
	}

	@PostMapping("/{key}/retire")
	String retire(@PathVariable String key, RedirectAttributes redirect) {
		CatalogueEntry retired = this.catalogue.retire(key);
		redirect.addFlashAttribute("notice",
				"Retired \u201c" + retired.title() + "\u201d. Pledges already made still count.");
		return "redirect:/pledges/catalogue";
	}

}
