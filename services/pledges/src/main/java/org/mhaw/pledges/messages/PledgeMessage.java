package org.mhaw.pledges.messages;

import java.time.Instant;
import java.util.List;

import org.mhaw.events.Region;
import org.mhaw.events.moderation.ModerationDecision;

/**
 * A supporter's message for the pledge wall, kept privately until staff decide on it.
 *
 * @param messageId its id, also the moderation item id
 * @param displayName the first name to show, or {@code null} for anonymous
 * @param region the supporter's region
 * @param text the message
 * @param catalogueKeys the pledges it came with
 * @param requestedAt when it was sent
 * @param decision staff's decision, or {@code null} while it waits
 * @param decidedAt when they decided, or {@code null}
 */
public record PledgeMessage(String messageId, String displayName, Region region, String text,
		List<String> catalogueKeys, Instant requestedAt, ModerationDecision decision, Instant decidedAt) {

	public boolean approved() {
		return this.decision == ModerationDecision.APPROVED;
	}

	PledgeMessage decide(ModerationDecision decision, Instant at) {
		return new PledgeMessage(this.messageId, this.displayName, this.region, this.text, this.catalogueKeys,
				this.requestedAt, decision, at);
	}

}
