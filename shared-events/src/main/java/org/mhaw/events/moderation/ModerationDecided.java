package org.mhaw.events.moderation;

import java.time.Instant;

import org.mhaw.events.DomainEvent;

/**
 * Staff decided a moderation item; the owning service applies it to its own state.
 *
 * @param itemId the item's id in its owning service
 * @param kind what it is (tells the owning service it is theirs)
 * @param decision approved or rejected
 * @param reason why, required when rejected; shown to partners
 * @param decidedBy the staff member's id
 * @param requestedAt when the item was requested, so its wait can be measured
 */
public record ModerationDecided(String itemId, ModerationKind kind, ModerationDecision decision, String reason,
		String decidedBy, Instant requestedAt) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.itemId;
	}

}
