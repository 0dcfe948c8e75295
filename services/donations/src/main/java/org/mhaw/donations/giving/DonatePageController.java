package org.mhaw.donations.giving;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.mhaw.donations.DonationsSettings;
import org.mhaw.donations.ledger.Donation;
import org.mhaw.donations.ledger.DonationLedger;
import org.mhaw.donations.ledger.DonationStatus;
import org.mhaw.donations.privacy.PersonalDataVault;
import org.mhaw.events.Region;
import org.mhaw.platform.idempotency.Claim;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.platform.idempotency.IdempotencyStore;
import org.mhaw.platform.idempotency.IdempotentAnswer;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supporters' donate page and thank-you page: plain HTML forms that work without
 * JavaScript. The form carries a server-generated idempotency key in a hidden field, so a
 * double click or a resubmitted page opens one donation, and it goes through the same
 * {@link DonationIntake} as the API.
 */
@Controller
class DonatePageController {

	static final List<Long> PRESETS = List.of(500L, 1000L, 2500L, 5000L);

	private static final int RECENT_MESSAGES = 5;

	/** Each request field's place on the form, and what to tell the supporter. */
	private static final Map<String, String[]> FIELDS = fields();

	private final DonationIntake intake;

	private final DonationLedger ledger;

	private final IdempotencyStore idempotency;

	private final PersonalDataVault vault;

	private final Validator validator;

	private final DonationsSettings settings;

	DonatePageController(DonationIntake intake, DonationLedger ledger, IdempotencyStore idempotency,
			PersonalDataVault vault, Validator validator, DonationsSettings settings) {
		this.intake = intake;
		this.ledger = ledger;
		this.idempotency = idempotency;
		this.vault = vault;
		this.validator = validator;
		this.settings = settings;
	}

	@GetMapping("/donate")
	String form(Model model) {
		DonateForm form = new DonateForm();
		form.setIdempotencyKey(IdempotencyKeys.newKey());
		return page(model, form, Map.of());
	}

	@PostMapping("/donate")
	String donate(@ModelAttribute("form") DonateForm form, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		Map<String, String> errors = check(form);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, form, errors);
		}
		String key = form.getIdempotencyKey();
		String donationId = IdempotencyKeys.derivedId("don", key);
		Claim claim = this.idempotency.claim(key, fingerprint(form));
		if (claim instanceof Claim.Mismatch) {
			form.setIdempotencyKey(IdempotencyKeys.newKey());
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(model, form, Map.of("form",
					"This form was already sent with different details. Please check them and send it again."));
		}
		if (claim instanceof Claim.First) {
			try {
				this.intake.open(form.toRequest(), key);
			}
			catch (ApiProblem problem) {
				this.idempotency.release(key, fingerprint(form));
				response.setStatus(problem.status().value());
				return page(model, form, Map.of(formField(problem.field()), problem.getMessage()));
			}
			catch (RuntimeException ex) {
				this.idempotency.release(key, fingerprint(form));
				throw ex;
			}
			this.idempotency.complete(key, new IdempotentAnswer(HttpStatus.SEE_OTHER.value(), "text/plain",
					donationId.getBytes(StandardCharsets.UTF_8)));
		}
		// First, a replay, or still in flight: all end on the same donation's page.
		return "redirect:/donate/thank-you/" + donationId;
	}

	@GetMapping("/donate/thank-you/{donationId}")
	String thankYou(@PathVariable String donationId, Model model) {
		Donation donation = this.ledger.find(donationId)
			.filter((found) -> found.opened() != null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such donation"));
		model.addAttribute("reference", donation.id());
		model.addAttribute("status", donation.status().name().toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("pending", donation.status() == DonationStatus.PENDING);
		model.addAttribute("amount", pounds(donation.amountPence()));
		model.addAttribute("giftAid", donation.opened().giftAid() != null);
		model.addAttribute("hasMessage", donation.opened().sealedMessage() != null);
		return "thank-you";
	}

	private String page(Model model, DonateForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("presets",
				PRESETS.stream()
					.map((pence) -> Map.of("value", String.valueOf(pence), "label", "£" + pence / 100))
					.toList());
		model.addAttribute("regions",
				Arrays.stream(Region.values())
					.filter((region) -> region != Region.UNKNOWN)
					.map((region) -> Map.of("value", region.name(), "label", region.label()))
					.toList());
		model.addAttribute("wording", GiftAidWording.TEXT);
		model.addAttribute("maxPounds", this.settings.maxPence() / 100);
		model.addAttribute("messages", recentMessages());
		return "donate";
	}

	private List<Map<String, String>> recentMessages() {
		return this.ledger.withApprovedMessages(RECENT_MESSAGES).stream().map((donation) -> {
			String supporter = donation.opened().supporterId();
			String name = this.vault.open(supporter, donation.opened().sealedDisplayName());
			String message = this.vault.open(supporter, donation.opened().sealedMessage());
			return (message == null) ? null : Map.of("name", (name != null) ? name : "Anonymous", "text", message);
		}).filter(java.util.Objects::nonNull).toList();
	}

	private Map<String, String> check(DonateForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (!IdempotencyKeys.isValid(form.getIdempotencyKey())) {
			form.setIdempotencyKey(IdempotencyKeys.newKey());
			errors.put("form", "Something went wrong with the form. Please check your details and send it again.");
		}
		if (form.amountPence() == null) {
			errors.put(DonateForm.OTHER.equals(form.getAmountChoice()) ? "otherAmount" : "amountChoice",
					"Enter an amount in pounds, such as 12.50");
		}
		else if (form.amountPence() > this.settings.maxPence()) {
			errors.put(amountField(form), "The most we can take online is £" + this.settings.maxPence() / 100
					+ ". For larger gifts, please contact us.");
		}
		if (form.getRegion() != null && !form.getRegion().isBlank()
				&& Arrays.stream(Region.values()).noneMatch((region) -> region.name().equals(form.getRegion()))) {
			errors.put("region", "Choose your region from the list");
		}
		Set<ConstraintViolation<DonationRequest>> violations = this.validator.validate(form.toRequest());
		for (ConstraintViolation<DonationRequest> violation : violations) {
			String path = violation.getPropertyPath().toString();
			String field = "amountPence".equals(path) ? amountField(form) : formField(path);
			if (!errors.containsKey(field)) {
				String[] place = FIELDS.get(path);
				errors.put(field, (place != null) ? place[1] : violation.getMessage());
			}
		}
		return sortedByForm(errors);
	}

	private static String amountField(DonateForm form) {
		return DonateForm.OTHER.equals(form.getAmountChoice()) ? "otherAmount" : "amountChoice";
	}

	private static String formField(String requestField) {
		if (requestField == null) {
			return "form";
		}
		String[] place = FIELDS.get(requestField);
		return (place != null) ? place[0] : "form";
	}

	/** Errors in the order the fields appear, so the summary reads like the form. */
	private static Map<String, String> sortedByForm(Map<String, String> errors) {
		List<String> order = List.of("form", "amountChoice", "otherAmount", "email", "displayName", "message", "region",
				"postcode", "title", "firstName", "surname", "houseNameOrNumber", "giftAidPostcode", "ukTaxpayer");
		Map<String, String> sorted = new LinkedHashMap<>();
		order.stream().filter(errors::containsKey).forEach((field) -> sorted.put(field, errors.get(field)));
		errors.forEach(sorted::putIfAbsent);
		return sorted;
	}

	private static String fingerprint(DonateForm form) {
		DonationRequest request = form.toRequest();
		return IdempotencyKeys.fingerprint("POST", "/donate", request.toString().getBytes(StandardCharsets.UTF_8));
	}

	static String pounds(long pence) {
		return (pence % 100 == 0) ? "£" + pence / 100 : String.format("£%d.%02d", pence / 100, pence % 100);
	}

	private static Map<String, String[]> fields() {
		Map<String, String[]> fields = new LinkedHashMap<>();
		fields.put("amountPence", new String[] { "otherAmount", "Enter an amount of at least £1" });
		fields.put("email", new String[] { "email", "Enter your email address, such as name@example.org" });
		fields.put("displayName", new String[] { "displayName", "Your public name must be 50 characters or fewer" });
		fields.put("message", new String[] { "message", "Your message must be 280 characters or fewer" });
		fields.put("region", new String[] { "region", "Choose your region from the list" });
		fields.put("postcode", new String[] { "postcode", "Enter a UK postcode or the first half of one, such as M1" });
		fields.put("giftAid.title", new String[] { "title", "Your title must be 20 characters or fewer" });
		fields.put("giftAid.firstName", new String[] { "firstName", "Enter your first name or initial for Gift Aid" });
		fields.put("giftAid.surname", new String[] { "surname", "Enter your surname for Gift Aid" });
		fields.put("giftAid.houseNameOrNumber",
				new String[] { "houseNameOrNumber", "Enter your house name or number for Gift Aid" });
		fields.put("giftAid.postcode",
				new String[] { "giftAidPostcode", "Enter your full home postcode for Gift Aid, such as M1 1AE" });
		fields.put("giftAid.ukTaxpayer",
				new String[] { "ukTaxpayer", "Confirm you are a UK taxpayer, or untick Gift Aid" });
		return fields;
	}

}
