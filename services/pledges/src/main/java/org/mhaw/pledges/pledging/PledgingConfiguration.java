package org.mhaw.pledges.pledging;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.mhaw.events.EventCodec;
import org.mhaw.events.Topics;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.platform.kafka.KafkaSettings;
import org.mhaw.platform.log.LogFollower;
import org.mhaw.platform.log.PrivateStore;
import org.mhaw.pledges.Hmac;
import org.mhaw.pledges.PledgesSettings;
import org.mhaw.pledges.catalogue.Catalogue;
import org.mhaw.pledges.messages.PledgeMessages;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Taking pledges: the ledger rebuilt from {@code mhaw.pledges}, supporters' private
 * details on their own topic, and the keyed hashes for ids and withdrawal tokens.
 */
@Configuration(proxyBeanMethods = false)
class PledgingConfiguration {

	static final String SUPPORTERS_TOPIC = "mhaw.pledges.supporters";

	@Bean
	PrivateStore<Supporter> supporterStore(KafkaProperties kafka, KafkaSettings settings) {
		return new PrivateStore<>(SUPPORTERS_TOPIC, Supporter.class, kafka, settings);
	}

	@Bean
	PledgeLedger pledgeLedger() {
		return new PledgeLedger();
	}

	/**
	 * Rebuilds the ledger from the whole of {@code mhaw.pledges} before the service takes
	 * a request, so one pledge per supporter per entry holds across restarts.
	 */
	@Bean
	LogFollower pledgeLedgerFollower(KafkaProperties kafka, PledgeLedger ledger) {
		return new LogFollower("pledge-ledger", kafka.buildConsumerProperties(), List.of(Topics.PLEDGES),
				(record) -> ledger.apply(EventCodec.decode(record.value()).payload()), Duration.ofMinutes(2));
	}

	@Bean
	Pledging pledging(Catalogue catalogue, PledgeLedger ledger, PledgeMessages messages,
			PrivateStore<Supporter> supporterStore, EventPublisher publisher, PledgesSettings settings, Clock clock) {
		return new Pledging(catalogue, ledger, messages, supporterStore, publisher,
				new SupporterIds(new Hmac(settings.supporterIdSecret())),
				new WithdrawalTokens(new Hmac(settings.withdrawalSecret())), clock);
	}

}
