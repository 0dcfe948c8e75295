package org.mhaw.events.moderation;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.Region;

/**
 * A service holds something that needs a human look before it is shown publicly.
 *
 * @param itemId the item's id in its owning service (donation id, pledge id, local event
 * id)
 * @param kind what it is
 * @param title a heading for the queue (an event's title), or {@code null}
 * @param text the words to be judged: the public message or the event's description
 * @param displayName the public name it would appear under, or {@code null} for anonymous
 * @param region its region
 */
public record ModerationRequested(String itemId, ModerationKind kind, String title, String text, String displayName,
		Region region) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.itemId;
	}

}
