package org.mhaw.pledges.pledging;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import org.mhaw.platform.idempotency.Claim;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.platform.idempotency.IdempotencyStore;
import org.mhaw.platform.idempotency.IdempotentAnswer;
import org.mhaw.platform.problem.ApiProblem;
import org.mhaw.platform.problem.FormErrors;
import org.mhaw.pledges.Regions;
import org.mhaw.pledges.catalogue.Catalogue;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supporter's pledge page. Works without JavaScript: the form carries a key the
 * server generated, so sending it twice (a double click, a refresh) records the pledges
 * once and shows the same confirmation.
 */
@Controller
@RequestMapping("/pledge")
class PledgePageController {

	private static final String FORM = "pledge";

	private final Pledging pledging;

	private final Catalogue catalogue;

	private final PledgeLedger ledger;

	private final IdempotencyStore idempotency;

	private final Validator validator;

	private final JsonMapper json;

	PledgePageController(Pledging pledging, Catalogue catalogue, PledgeLedger ledger, IdempotencyStore idempotency,
			Validator validator, JsonMapper json) {
		this.pledging = pledging;
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.idempotency = idempotency;
		this.validator = validator;
		this.json = json;
	}

	@GetMapping
	String form(Model model) {
		return showForm(model, new PledgeRequest(List.of(), "", "", false, null, "", false), Map.of(), null);
	}

	@PostMapping
	String take(@RequestParam(defaultValue = "") List<String> catalogueKeys,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String firstName,
			@RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(defaultValue = "") String region,
			@RequestParam(defaultValue = "") String message,
			@RequestParam(defaultValue = "false") boolean contactConsent,
			@RequestParam(defaultValue = "") String idempotencyKey, Model model) {
		PledgeRequest request = new PledgeRequest(catalogueKeys, email.strip(), firstName, anonymous,
				Regions.parse(region), message, contactConsent);
		String key = IdempotencyKeys.isValid(idempotencyKey) ? idempotencyKey : IdempotencyKeys.newKey();
		PledgeReceipt[] receipt = new PledgeReceipt[1];
		Map<String, String> errors = FormErrors.check(this.validator, request,
				() -> receipt[0] = takeOnce(request, key, model));
		if (!errors.isEmpty()) {
			return showForm(model, request, errors, key);
		}
		if (receipt[0] == null) {
			return showForm(model, request, Map.of(), null);
		}
		model.addAttribute("receipt", receipt[0]);
		model.addAttribute("counts", this.ledger.counts());
		return "confirmation";
	}

	/**
	 * Runs the pledge once per form key: a second send of the same form gets the first
	 * answer; an edited form sent with an old key is shown again with a fresh one.
	 */
	private PledgeReceipt takeOnce(PledgeRequest request, String key, Model model) {
		String fingerprint = IdempotencyKeys.fingerprint("POST", "/pledge", this.json.writeValueAsBytes(request));
		Claim claim = this.idempotency.claim(key, fingerprint);
		if (claim instanceof Claim.Replay replay) {
			return this.json.readValue(replay.answer().body(), PledgeReceipt.class);
		}
		if (!(claim instanceof Claim.First)) {
			model.addAttribute("notice", (claim instanceof Claim.InFlight)
					? "We are still recording your pledge. Please wait a moment, then check the pledge wall."
					: "Your choices changed since you first sent this form. Please check them and send it again.");
			return null;
		}
		boolean done = false;
		try {
			PledgeReceipt receipt = this.pledging.take(request, key);
			this.idempotency.complete(key,
					new IdempotentAnswer(200, MediaType.APPLICATION_JSON_VALUE, this.json.writeValueAsBytes(receipt)));
			done = true;
			return receipt;
		}
		finally {
			if (!done) {
				this.idempotency.release(key, fingerprint);
			}
		}
	}

	/** Withdraws one pledge from the confirmation page. */
	@PostMapping("/withdraw")
	String withdraw(@RequestParam(defaultValue = "") String pledgeId, @RequestParam(defaultValue = "") String token,
			Model model) {
		try {
			Pledging.WithdrawalReceipt receipt = this.pledging.withdraw(pledgeId, token);
			model.addAttribute("title",
					this.catalogue.find(receipt.catalogueKey())
						.map((entry) -> entry.title())
						.orElse(receipt.catalogueKey()));
		}
		catch (ApiProblem problem) {
			model.addAttribute("problem", "We could not find that pledge. It may have been withdrawn already.");
		}
		return "withdrawn";
	}

	private String showForm(Model model, PledgeRequest request, Map<String, String> errors, String key) {
		model.addAttribute("form", request);
		model.addAttribute("errors", errors);
		model.addAttribute("entries", this.catalogue.active());
		model.addAttribute("counts", this.ledger.counts());
		model.addAttribute("consentWording", ContactConsent.WORDING);
		// A form shown again after errors keeps its key: nothing was recorded under it.
		model.addAttribute("idempotencyKey", (key != null) ? key : IdempotencyKeys.newKey());
		model.addAttribute("maxMessage", PledgeRequest.MAX_MESSAGE);
		return FORM;
	}

}
