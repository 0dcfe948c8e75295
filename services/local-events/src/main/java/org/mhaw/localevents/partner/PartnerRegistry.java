package org.mhaw.localevents.partner;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.mhaw.localevents.LocalEventsSettings;
import org.mhaw.localevents.log.PrivateLog;
import org.mhaw.localevents.log.PrivateTopics;
import org.mhaw.localevents.log.RebuiltFromLog;
import org.mhaw.platform.problem.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Partners and their keys, folded from the private partners topic on every start (before
 * the service is ready) and kept current by following it. A key is looked up by its hash;
 * a revoked key stops working on the next request.
 */
@Component
public class PartnerRegistry extends RebuiltFromLog {

	/** The demo partner's id; it exists only where a demo key is configured. */
	static final String DEMO_PARTNER_ID = "prt-demo";

	private static final Logger logger = LoggerFactory.getLogger(PartnerRegistry.class);

	private final PrivateLog log;

	private final Clock clock;

	private final Map<String, Partner> partners = new ConcurrentHashMap<>();

	private final Map<String, Key> keysByHash = new ConcurrentHashMap<>();

	PartnerRegistry(PrivateLog log, Clock clock, KafkaProperties kafka, LocalEventsSettings settings) {
		// Rebuilt before anything that serves requests or consumes starts.
		super(-300);
		this.log = log;
		this.clock = clock;
		follow(PrivateTopics.PARTNERS, kafka.buildConsumerProperties(),
				(records) -> log.decodeEach(records, PartnerRecord.class, this::apply));
		String demoKey = settings.demoPartnerKey();
		if (demoKey != null && !demoKey.isBlank()) {
			// Held in memory only, from configuration: a local convenience that never
			// reaches the log or production.
			apply(new PartnerRecord.Registered(DEMO_PARTNER_ID, "Demo community group", PartnerKind.COMMUNITY_GROUP,
					true, clock.instant()));
			apply(new PartnerRecord.KeyIssued(DEMO_PARTNER_ID, "key-demo", ApiKeys.hash(demoKey), clock.instant()));
			logger.warn("Demo partner key configured (mhaw.local-events.demo-partner-key): local use only");
		}
	}

	/**
	 * Registers a partner and issues its first key.
	 * @return the partner and its key, shown once
	 */
	IssuedKey register(String name, PartnerKind kind, boolean mayRunOutsideCampaignWeek) {
		String partnerId = ApiKeys.newPartnerId();
		String key = ApiKeys.newKey();
		String keyId = ApiKeys.newKeyId();
		List<PartnerRecord> records = List.of(
				new PartnerRecord.Registered(partnerId, name, kind, mayRunOutsideCampaignWeek, this.clock.instant()),
				new PartnerRecord.KeyIssued(partnerId, keyId, ApiKeys.hash(key), this.clock.instant()));
		this.log.appendAll(PrivateTopics.PARTNERS, records);
		records.forEach(this::apply);
		return new IssuedKey(partnerId, keyId, key);
	}

	IssuedKey issueKey(String partnerId) {
		partner(partnerId);
		String key = ApiKeys.newKey();
		PartnerRecord record = new PartnerRecord.KeyIssued(partnerId, ApiKeys.newKeyId(), ApiKeys.hash(key),
				this.clock.instant());
		this.log.append(PrivateTopics.PARTNERS, record);
		apply(record);
		return new IssuedKey(partnerId, ((PartnerRecord.KeyIssued) record).keyId(), key);
	}

	void revokeKey(String partnerId, String keyId) {
		Partner partner = partner(partnerId);
		if (!partner.keyIds().contains(keyId)) {
			throw ApiProblem.notFound("This partner has no key " + keyId + ".");
		}
		PartnerRecord record = new PartnerRecord.KeyRevoked(partnerId, keyId, this.clock.instant());
		this.log.append(PrivateTopics.PARTNERS, record);
		apply(record);
	}

	/**
	 * The partner a presented key belongs to, if the key is known and not revoked.
	 * @param presentedKey the key as sent
	 * @return the partner
	 */
	public Optional<AuthenticatedPartner> authenticate(String presentedKey) {
		if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 200) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.keysByHash.get(ApiKeys.hash(presentedKey.strip())))
			.flatMap((key) -> byKeyId(key.partnerId(), key.keyId()));
	}

	/**
	 * The partner behind a key id remembered in a page session, while that key is live.
	 */
	Optional<AuthenticatedPartner> byKeyId(String partnerId, String keyId) {
		Partner partner = this.partners.get(partnerId);
		if (partner == null || !partner.liveKeyIds().contains(keyId)) {
			return Optional.empty();
		}
		return Optional
			.of(new AuthenticatedPartner(partnerId, partner.name(), keyId, partner.mayRunOutsideCampaignWeek()));
	}

	List<Partner> all() {
		List<Partner> all = new ArrayList<>(this.partners.values());
		all.sort(Comparator.comparing(Partner::name));
		return all;
	}

	Partner partner(String partnerId) {
		Partner partner = this.partners.get(partnerId);
		if (partner == null) {
			throw ApiProblem.notFound("There is no partner " + partnerId + ".");
		}
		return partner;
	}

	// Every change is idempotent, so a record applied on write and again when the tail
	// reads it leaves the same state.
	private synchronized void apply(PartnerRecord record) {
		if (record instanceof PartnerRecord.Registered registered) {
			Partner existing = this.partners.get(registered.partnerId());
			this.partners.put(registered.partnerId(),
					new Partner(registered.partnerId(), registered.name(), registered.kind(),
							registered.mayRunOutsideCampaignWeek(), registered.at(),
							(existing != null) ? existing.keys() : List.of()));
		}
		else if (record instanceof PartnerRecord.KeyIssued issued) {
			this.partners.computeIfPresent(issued.partnerId(),
					(id, partner) -> partner.withKey(new Partner.KeyView(issued.keyId(), issued.at(), null)));
			this.keysByHash.put(issued.keyHash(), new Key(issued.partnerId(), issued.keyId()));
		}
		else if (record instanceof PartnerRecord.KeyRevoked revoked) {
			this.partners.computeIfPresent(revoked.partnerId(),
					(id, partner) -> partner.revoking(revoked.keyId(), revoked.at()));
		}
	}

	@Override
	protected void rebuilt() {
		logger.info("Partners rebuilt from the log: {} partners", this.partners.size());
	}

	record IssuedKey(String partnerId, String keyId, String apiKey) {

	}

	private record Key(String partnerId, String keyId) {

	}

}
