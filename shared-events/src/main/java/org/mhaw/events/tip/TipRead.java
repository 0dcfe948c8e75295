package org.mhaw.events.tip;

import org.mhaw.events.DomainEvent;

/**
 * A person read a tip (bots and quick reloads by one reader are not counted).
 *
 * @param tipId the tip's id
 * @param slug its path segment
 */
public record TipRead(String tipId, String slug) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.tipId;
	}

}
