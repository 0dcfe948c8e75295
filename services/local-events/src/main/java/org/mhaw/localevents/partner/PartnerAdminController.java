package org.mhaw.localevents.partner;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff register partners and issue and revoke their keys (staff-only by
 * {@code mhaw.security.staff-paths}). A key is shown once, in the answer that issues it.
 */
@RestController
@RequestMapping("/api/events/admin/partners")
class PartnerAdminController {

	private final PartnerRegistry registry;

	PartnerAdminController(PartnerRegistry registry) {
		this.registry = registry;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PartnerRegistry.IssuedKey register(@Valid @RequestBody Registration registration) {
		return this.registry.register(registration.name().strip(), registration.kind(),
				Boolean.TRUE.equals(registration.mayRunOutsideCampaignWeek()));
	}

	@GetMapping
	List<Partner> partners() {
		return this.registry.all();
	}

	@PostMapping("/{partnerId}/keys")
	@ResponseStatus(HttpStatus.CREATED)
	PartnerRegistry.IssuedKey issueKey(@PathVariable String partnerId) {
		return this.registry.issueKey(partnerId);
	}

	@DeleteMapping("/{partnerId}/keys/{keyId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeKey(@PathVariable String partnerId, @PathVariable String keyId) {
		this.registry.revokeKey(partnerId, keyId);
	}

	/**
	 * @param name the organisation's name
	 * @param kind what kind of organisation it is
	 * @param mayRunOutsideCampaignWeek whether its events may fall outside 12–18 May
	 */
	record Registration(@NotBlank @Size(max = 120) String name, @NotNull PartnerKind kind,
			Boolean mayRunOutsideCampaignWeek) {

	}

}
