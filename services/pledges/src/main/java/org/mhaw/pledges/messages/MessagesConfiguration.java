package org.mhaw.pledges.messages;

import java.time.Clock;

import org.mhaw.platform.kafka.KafkaSettings;
import org.mhaw.platform.log.PrivateStore;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Supporters' messages and the private topic they live on. */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	static final String TOPIC = "mhaw.pledges.messages";

	@Bean
	PrivateStore<PledgeMessage> pledgeMessageStore(KafkaProperties kafka, KafkaSettings settings) {
		return new PrivateStore<>(TOPIC, PledgeMessage.class, kafka, settings);
	}

	@Bean
	PledgeMessages pledgeMessages(PrivateStore<PledgeMessage> pledgeMessageStore, Clock clock) {
		return new PledgeMessages(pledgeMessageStore, clock);
	}

}
