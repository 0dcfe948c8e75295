package org.mhaw.donations.ledger;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where donations keeps its own state, and how long it waits for it.
 *
 * @param topic the private topic (keyed by donation id, kept forever)
 * @param keysTopic the supporters' encryption keys (keyed by supporter id, compacted)
 * @param startupTimeout how long start-up may take to read the topics before it fails
 * @param catchUpTimeout how long a webhook or refund waits for this instance to have read
 * everything already on the topics
 * @param lockLease how long a donation's cross-instance lock lives if its holder dies
 * @param lockWait how long a request waits for another instance's lock on the same
 * donation before answering 409
 */
@ConfigurationProperties("mhaw.donations.ledger")
public record LedgerSettings(@DefaultValue("mhaw.donations.private") String topic,
		@DefaultValue("mhaw.donations.keys") String keysTopic, @DefaultValue("2m") Duration startupTimeout,
		@DefaultValue("5s") Duration catchUpTimeout, @DefaultValue("15s") Duration lockLease,
		@DefaultValue("3s") Duration lockWait) {

}
