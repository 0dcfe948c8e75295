package org.mhaw.pledges.catalogue;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff manage the catalogue (staff-only: see {@code mhaw.security.staff-paths}). */
@RestController
@RequestMapping("/api/pledges/catalogue")
class CatalogueApiController {

	private final Catalogue catalogue;

	CatalogueApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	List<CatalogueEntry> entries() {
		return this.catalogue.entries();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CatalogueEntry create(@Valid @RequestBody NewCatalogueEntry entry) {
		return this.catalogue.create(entry);
	}

	@PostMapping("/{key}/retire")
	CatalogueEntry retire(@PathVariable String key) {
		return this.catalogue.retire(key);
	}

}
