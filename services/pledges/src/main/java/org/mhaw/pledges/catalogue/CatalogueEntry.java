package org.mhaw.pledges.catalogue;

import java.time.Instant;

/**
 * One pledge supporters can take.
 *
 * @param key its stable id on the wire, such as {@code check-in-on-a-neighbour}
 * @param title what the supporter pledges, as a short phrase
 * @param description a sentence or two on what it could look like
 * @param retired whether staff took it out of the catalogue (pledges already made still
 * count)
 * @param changedAt when staff last changed it, or {@code null} for the seed as shipped
 */
public record CatalogueEntry(String key, String title, String description, boolean retired, Instant changedAt) {

	CatalogueEntry retire(Instant at) {
		return new CatalogueEntry(this.key, this.title, this.description, true, at);
	}

}
