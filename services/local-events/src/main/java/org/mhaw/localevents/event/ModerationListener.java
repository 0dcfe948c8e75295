package org.mhaw.localevents.event;

import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.moderation.ModerationDecided;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Staff's decisions from the one moderation queue, for local events only. Applying one
 * twice changes nothing, so a redelivery after a crash is harmless.
 */
@Component
class ModerationListener {

	private final EventSubmissions submissions;

	ModerationListener(EventSubmissions submissions) {
		this.submissions = submissions;
	}

	@KafkaListener(topics = Topics.MODERATION, groupId = "local-events-moderation")
	void on(EventEnvelope envelope) {
		if (envelope.payload() instanceof ModerationDecided decided) {
			this.submissions.decide(decided);
		}
	}

}
