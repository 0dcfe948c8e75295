package org.mhaw.pledges.pledging;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.Region;
import org.mhaw.events.pledge.PledgeMade;
import org.mhaw.events.pledge.PledgeWithdrawn;

/**
 * This service's own projection of {@code mhaw.pledges}: every pledge, which supporters
 * hold which catalogue entry, and the live count per entry. Rebuilt from the topic on
 * start-up and kept in step by following it; the service also applies its own events as
 * soon as the broker has them. Applying an event twice changes nothing.
 * <p>
 * A count is the number of supporters holding an entry, so even a duplicate pledge (two
 * instances racing for one supporter) is counted once.
 */
public class PledgeLedger {

	private final Map<String, Pledge> byId = new HashMap<>();

	private final Map<String, String> activeBySupporterAndEntry = new HashMap<>();

	private final Map<String, Long> counts = new HashMap<>();

	synchronized void apply(DomainEvent event) {
		if (event instanceof PledgeMade made) {
			if (this.byId.putIfAbsent(made.pledgeId(),
					new Pledge(made.pledgeId(), made.catalogueKey(), made.supporterId(), made.region(), false)) == null
					&& this.activeBySupporterAndEntry.putIfAbsent(pair(made.supporterId(), made.catalogueKey()),
							made.pledgeId()) == null) {
				this.counts.merge(made.catalogueKey(), 1L, Long::sum);
			}
		}
		else if (event instanceof PledgeWithdrawn withdrawn) {
			Pledge pledge = this.byId.get(withdrawn.pledgeId());
			if (pledge == null || pledge.withdrawn()) {
				return;
			}
			this.byId.put(pledge.pledgeId(), pledge.withdraw());
			if (this.activeBySupporterAndEntry.remove(pair(pledge.supporterId(), pledge.catalogueKey()),
					pledge.pledgeId())) {
				this.counts.merge(pledge.catalogueKey(), -1L, Long::sum);
			}
		}
	}

	/** Supporters now holding each catalogue entry. */
	public synchronized Map<String, Long> counts() {
		return Map.copyOf(this.counts);
	}

	public synchronized long count(String catalogueKey) {
		return this.counts.getOrDefault(catalogueKey, 0L);
	}

	synchronized Optional<Pledge> find(String pledgeId) {
		return Optional.ofNullable(this.byId.get(pledgeId));
	}

	/** The pledge a supporter holds for a catalogue entry, if they hold one. */
	synchronized Optional<Pledge> held(String supporterId, String catalogueKey) {
		return Optional.ofNullable(this.activeBySupporterAndEntry.get(pair(supporterId, catalogueKey)))
			.map(this.byId::get);
	}

	private static String pair(String supporterId, String catalogueKey) {
		return supporterId + "\u0000" + catalogueKey;
	}

	/**
	 * One pledge as the ledger knows it.
	 *
	 * @param pledgeId its id
	 * @param catalogueKey its catalogue entry
	 * @param supporterId who made it
	 * @param region their region
	 * @param withdrawn whether they withdrew it
	 */
	record Pledge(String pledgeId, String catalogueKey, String supporterId, Region region, boolean withdrawn) {

		Pledge withdraw() {
			return new Pledge(this.pledgeId, this.catalogueKey, this.supporterId, this.region, true);
		}

	}

}
