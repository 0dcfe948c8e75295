package org.mhaw.events.tip;

import org.mhaw.events.DomainEvent;

/**
 * Staff took a tip down.
 *
 * @param tipId the tip's id
 * @param slug its path segment
 */
public record TipUnpublished(String tipId, String slug) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.tipId;
	}

}
