package org.mhaw.events.pledge;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.Region;

/**
 * A supporter took a pledge from the catalogue.
 *
 * @param pledgeId the pledge's id
 * @param catalogueKey the catalogue entry, such as {@code check-in-on-a-neighbour}
 * @param supporterId opaque supporter id
 * @param region the supporter's region
 */
public record PledgeMade(String pledgeId, String catalogueKey, String supporterId,
		Region region) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.pledgeId;
	}

}
