package org.mhaw.pledges.pledging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.Region;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.events.pledge.PledgeMade;
import org.mhaw.events.pledge.PledgeWithdrawn;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.platform.log.PrivateStore;
import org.mhaw.platform.problem.ApiProblem;
import org.mhaw.pledges.catalogue.Catalogue;
import org.mhaw.pledges.catalogue.CatalogueEntry;
import org.mhaw.pledges.messages.PledgeMessages;
import org.mhaw.pledges.pledging.PledgeLedger.Pledge;
import org.mhaw.pledges.pledging.PledgeReceipt.TakenPledge;

import org.springframework.http.HttpStatus;

/**
 * Takes supporters' pledges and withdrawals. One pledge per supporter per catalogue
 * entry: asking again returns the pledge they already hold. Ids derive from the
 * idempotency key, so a request run again after a crash records the same pledges, not new
 * ones.
 */
class Pledging {

	/** One supporter's requests run one at a time; different supporters never wait. */
	private static final int LOCK_STRIPES = 64;

	private final Catalogue catalogue;

	private final PledgeLedger ledger;

	private final PledgeMessages messages;

	private final PrivateStore<Supporter> supporters;

	private final EventPublisher publisher;

	private final SupporterIds supporterIds;

	private final WithdrawalTokens withdrawalTokens;

	private final Clock clock;

	private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

	Pledging(Catalogue catalogue, PledgeLedger ledger, PledgeMessages messages, PrivateStore<Supporter> supporters,
			EventPublisher publisher, SupporterIds supporterIds, WithdrawalTokens withdrawalTokens, Clock clock) {
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.messages = messages;
		this.supporters = supporters;
		this.publisher = publisher;
		this.supporterIds = supporterIds;
		this.withdrawalTokens = withdrawalTokens;
		this.clock = clock;
		for (int i = 0; i < LOCK_STRIPES; i++) {
			this.locks[i] = new ReentrantLock();
		}
	}

	/**
	 * Records a supporter's pledges: their private details first (so a decision on their
	 * message always finds it), then the events, then the ledger.
	 * @param request a valid request
	 * @param idempotencyKey the request's key
	 * @return each pledge with its withdrawal token and live count
	 */
	PledgeReceipt take(PledgeRequest request, String idempotencyKey) {
		List<CatalogueEntry> entries = chosenEntries(request.catalogueKeys());
		String supporterId = this.supporterIds.of(request.email());
		ReentrantLock lock = lockFor(supporterId);
		lock.lock();
		try {
			List<PledgeMade> made = new ArrayList<>();
			List<String> pledgeIds = new ArrayList<>();
			for (CatalogueEntry entry : entries) {
				String derived = derivedPledgeId(idempotencyKey, entry);
				Optional<Pledge> held = this.ledger.held(supporterId, entry.key());
				if (held.isEmpty() && this.ledger.find(derived).isEmpty()) {
					made.add(new PledgeMade(derived, entry.key(), supporterId, request.region()));
				}
				pledgeIds.add(held.map(Pledge::pledgeId).orElse(derived));
			}
			boolean holdMessage = !made.isEmpty() && request.hasMessage();
			if (!made.isEmpty()) {
				this.supporters.put(supporterId, supporter(supporterId, request));
			}
			List<DomainEvent> events = new ArrayList<>(made);
			if (holdMessage) {
				events.add(holdMessage(IdempotencyKeys.derivedId("pmsg", idempotencyKey), request, entries));
			}
			if (!events.isEmpty()) {
				this.publisher.publishAll(events);
				made.forEach(this.ledger::apply);
			}
			List<TakenPledge> taken = new ArrayList<>();
			for (int i = 0; i < entries.size(); i++) {
				CatalogueEntry entry = entries.get(i);
				String pledgeId = pledgeIds.get(i);
				// A pledge made under this very key (now, or by a run before a crash) is
				// this request's own; any other was made before.
				boolean alreadyMade = !pledgeId.equals(derivedPledgeId(idempotencyKey, entry));
				taken.add(new TakenPledge(pledgeId, entry.key(), entry.title(), this.withdrawalTokens.issue(pledgeId),
						this.ledger.count(entry.key()), alreadyMade));
			}
			return new PledgeReceipt(supporterId, taken, holdMessage);
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Withdraws a pledge for whoever holds its withdrawal token. Withdrawing it again
	 * changes nothing.
	 * @return the withdrawn pledge's id and entry
	 */
	WithdrawalReceipt withdraw(String pledgeId, String token) {
		if (!this.withdrawalTokens.verify(pledgeId, token)) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "withdrawal-token-invalid",
					"This withdrawal token does not match the pledge.", "Withdrawal-Token");
		}
		Pledge pledge = this.ledger.find(pledgeId)
			.orElseThrow(() -> ApiProblem.notFound("There is no pledge " + pledgeId + "."));
		ReentrantLock lock = lockFor(pledge.supporterId());
		lock.lock();
		try {
			Pledge current = this.ledger.find(pledgeId).orElseThrow();
			if (!current.withdrawn()) {
				PledgeWithdrawn withdrawn = new PledgeWithdrawn(pledgeId, current.catalogueKey(), current.supporterId(),
						current.region());
				this.publisher.publish(withdrawn);
				this.ledger.apply(withdrawn);
			}
			return new WithdrawalReceipt(pledgeId, current.catalogueKey(), true,
					this.ledger.count(current.catalogueKey()));
		}
		finally {
			lock.unlock();
		}
	}

	private List<CatalogueEntry> chosenEntries(List<String> keys) {
		if (new HashSet<>(keys).size() != keys.size()) {
			throw ApiProblem.badField("catalogueKeys", "Choose each pledge only once");
		}
		List<CatalogueEntry> entries = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			String field = "catalogueKeys[" + i + "]";
			CatalogueEntry entry = this.catalogue.find(key)
				.orElseThrow(() -> ApiProblem.badField(field, "There is no pledge called " + key));
			if (entry.retired()) {
				throw ApiProblem.badField(field, "\u201c" + entry.title() + "\u201d is no longer in the catalogue");
			}
			entries.add(entry);
		}
		return entries;
	}

	private Supporter supporter(String supporterId, PledgeRequest request) {
		String firstName = (request.firstName() != null && !request.firstName().isBlank()) ? request.firstName().strip()
				: null;
		return new Supporter(supporterId, request.email().strip(), firstName, request.consents(),
				ContactConsent.VERSION, this.clock.instant());
	}

	private ModerationRequested holdMessage(String messageId, PledgeRequest request, List<CatalogueEntry> entries) {
		Region region = request.region();
		this.messages.hold(messageId, request.displayName(), region, request.message(),
				entries.stream().map(CatalogueEntry::key).toList());
		String title = entries.stream().map(CatalogueEntry::title).collect(Collectors.joining("; "));
		return new ModerationRequested(messageId, ModerationKind.PLEDGE_MESSAGE, "Pledge: " + title,
				request.message().strip(), request.displayName(), region);
	}

	private static String derivedPledgeId(String idempotencyKey, CatalogueEntry entry) {
		return IdempotencyKeys.derivedId("plg", idempotencyKey + ":" + entry.key());
	}

	private ReentrantLock lockFor(String supporterId) {
		return this.locks[Math.floorMod(supporterId.hashCode(), LOCK_STRIPES)];
	}

	/**
	 * @param pledgeId the withdrawn pledge
	 * @param catalogueKey its entry
	 * @param withdrawn always true once answered
	 * @param count supporters now holding the entry
	 */
	record WithdrawalReceipt(String pledgeId, String catalogueKey, boolean withdrawn, long count) {

	}

}
