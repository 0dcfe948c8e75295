package org.mhaw.pledges.messages;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mhaw.events.Region;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.platform.log.PrivateStore;

/**
 * Supporters' messages: held when they arrive, shown on the wall only once staff approved
 * them. Kept on the service's private topic, so decisions survive a restart.
 */
public class PledgeMessages {

	private final PrivateStore<PledgeMessage> store;

	private final Clock clock;

	PledgeMessages(PrivateStore<PledgeMessage> store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Keeps a message until staff decide on it. Holding the same id again (a retried
	 * request) changes nothing already decided.
	 */
	public PledgeMessage hold(String messageId, String displayName, Region region, String text,
			List<String> catalogueKeys) {
		Optional<PledgeMessage> existing = this.store.get(messageId);
		if (existing.isPresent()) {
			return existing.get();
		}
		PledgeMessage message = new PledgeMessage(messageId, displayName, region, text.strip(),
				List.copyOf(catalogueKeys), this.clock.instant(), null, null);
		this.store.put(messageId, message);
		return message;
	}

	/**
	 * Applies staff's decision.
	 * @return whether the message was one of ours
	 */
	boolean apply(ModerationDecided decided, Instant at) {
		Optional<PledgeMessage> message = this.store.get(decided.itemId());
		message.filter((held) -> held.decision() != decided.decision())
			.ifPresent((held) -> this.store.put(held.messageId(), held.decide(decided.decision(), at)));
		return message.isPresent();
	}

	public Optional<PledgeMessage> find(String messageId) {
		return this.store.get(messageId);
	}

	/** Approved messages, newest decision first. */
	public List<PledgeMessage> approved(int limit) {
		return this.store.values()
			.stream()
			.filter(PledgeMessage::approved)
			.sorted(Comparator.comparing(PledgeMessage::decidedAt).reversed())
			.limit(limit)
			.toList();
	}

}
