package org.mhaw.donations.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/donations/erasures} (staff): a supporter asked to be forgotten. Their
 * key is shredded, so the names, addresses, email and messages sealed with it on the
 * private topic can never be read again; the log itself is not rewritten. What stays
 * readable is what was never personal: opaque ids, amounts, regions and times. Running it
 * twice is harmless.
 */
@RestController
class ErasureController {

	private final SupporterIds supporterIds;

	private final PersonalDataVault vault;

	ErasureController(SupporterIds supporterIds, PersonalDataVault vault) {
		this.supporterIds = supporterIds;
		this.vault = vault;
	}

	@PostMapping("/api/donations/erasures")
	Erased erase(@Valid @RequestBody ErasureRequest request) {
		String supporterId = this.supporterIds.of(request.email());
		return new Erased(supporterId, this.vault.shred(supporterId));
	}

	/**
	 * Who asked to be forgotten.
	 *
	 * @param email the email they gave with their donations
	 */
	record ErasureRequest(@NotBlank @Email @Size(max = 254) String email) {

	}

	/**
	 * What was done.
	 *
	 * @param supporterId the supporter's opaque id (as on the shared topics)
	 * @param keyShredded whether a key was found and deleted (false if already erased or
	 * unknown)
	 */
	record Erased(String supporterId, boolean keyShredded) {

	}

}
