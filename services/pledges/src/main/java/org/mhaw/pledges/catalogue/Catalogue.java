package org.mhaw.pledges.catalogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mhaw.platform.log.PrivateStore;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.http.HttpStatus;

/**
 * The pledge catalogue: the seed as shipped, with staff changes (kept on the service's
 * private topic) laid over it.
 */
public class Catalogue {

	private final PrivateStore<CatalogueEntry> changes;

	private final Clock clock;

	Catalogue(PrivateStore<CatalogueEntry> changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	/** Every entry, retired ones included: seed order first, then staff additions. */
	public List<CatalogueEntry> entries() {
		Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
		CatalogueSeed.ENTRIES.forEach((entry) -> entries.put(entry.key(), entry));
		List<CatalogueEntry> changed = new ArrayList<>(this.changes.values());
		changed.sort(Comparator.comparing(CatalogueEntry::changedAt));
		changed.forEach((entry) -> entries.put(entry.key(), entry));
		return List.copyOf(entries.values());
	}

	/** The entries supporters can choose now. */
	public List<CatalogueEntry> active() {
		return entries().stream().filter((entry) -> !entry.retired()).toList();
	}

	public Optional<CatalogueEntry> find(String key) {
		return this.changes.get(key)
			.or(() -> CatalogueSeed.ENTRIES.stream().filter((entry) -> entry.key().equals(key)).findFirst());
	}

	synchronized CatalogueEntry create(NewCatalogueEntry entry) {
		if (find(entry.key()).isPresent()) {
			throw new ApiProblem(HttpStatus.CONFLICT, "pledge-exists",
					"There is already a pledge with the key " + entry.key() + ".", "key");
		}
		CatalogueEntry created = new CatalogueEntry(entry.key(), entry.title().strip(), entry.description().strip(),
				false, this.clock.instant());
		this.changes.put(created.key(), created);
		return created;
	}

	synchronized CatalogueEntry retire(String key) {
		CatalogueEntry entry = find(key)
			.orElseThrow(() -> ApiProblem.notFound("There is no pledge with the key " + key + "."));
		if (entry.retired()) {
			return entry;
		}
		CatalogueEntry retired = entry.retire(this.clock.instant());
		this.changes.put(key, retired);
		return retired;
	}

}
