package org.mhaw.events.donation;

import org.mhaw.events.DomainEvent;

/**
 * A supporter made a Gift Aid declaration. The declaration's personal details (name,
 * address) stay in the donations service; this event carries only the ids.
 *
 * @param declarationId the declaration's id
 * @param supporterId opaque supporter id
 * @param wordingVersion the version of the declaration wording the supporter agreed to
 */
public record GiftAidDeclared(String declarationId, String supporterId, String wordingVersion) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.declarationId;
	}

}
