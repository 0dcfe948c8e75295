package org.mhaw.pledges.catalogue;

import java.time.Clock;

import org.mhaw.platform.kafka.KafkaSettings;
import org.mhaw.platform.log.PrivateStore;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue and the private topic its staff changes live on. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

	static final String TOPIC = "mhaw.pledges.catalogue";

	@Bean
	PrivateStore<CatalogueEntry> catalogueChanges(KafkaProperties kafka, KafkaSettings settings) {
		return new PrivateStore<>(TOPIC, CatalogueEntry.class, kafka, settings);
	}

	@Bean
	Catalogue catalogue(PrivateStore<CatalogueEntry> catalogueChanges, Clock clock) {
		return new Catalogue(catalogueChanges, clock);
	}

}
