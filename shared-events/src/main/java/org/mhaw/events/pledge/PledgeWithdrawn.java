package org.mhaw.events.pledge;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.Region;

/**
 * A supporter withdrew a pledge they had made.
 *
 * @param pledgeId the withdrawn pledge
 * @param catalogueKey its catalogue entry
 * @param supporterId opaque supporter id
 * @param region the supporter's region
 */
public record PledgeWithdrawn(String pledgeId, String catalogueKey, String supporterId,
		Region region) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.pledgeId;
	}

}
