package org.mhaw.pledges.messages;

import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applies staff's decisions on pledge messages from the one moderation queue. A failure
 * (the private topic not answering) is retried, then dead-lettered by the platform's
 * error handler.
 */
@Component
class ModerationDecisions {

	private static final Logger logger = LoggerFactory.getLogger(ModerationDecisions.class);

	private final PledgeMessages messages;

	ModerationDecisions(PledgeMessages messages) {
		this.messages = messages;
	}

	@KafkaListener(topics = Topics.MODERATION, groupId = "pledges-moderation")
	void on(EventEnvelope envelope) {
		if (envelope.payload() instanceof ModerationDecided decided && decided.kind() == ModerationKind.PLEDGE_MESSAGE
				&& !this.messages.apply(decided, envelope.occurredAt())) {
			logger.warn("Moderation decision for unknown pledge message {} ignored", decided.itemId());
		}
	}

}
