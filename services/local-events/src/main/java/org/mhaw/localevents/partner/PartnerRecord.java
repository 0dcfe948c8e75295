package org.mhaw.localevents.partner;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.mhaw.localevents.log.PrivateRecord;

/**
 * What happens to partners, on the private partners topic. Keys are recorded as their
 * SHA-256 only: the log never holds a usable key.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = PartnerRecord.Registered.class, name = "partner.registered"),
		@JsonSubTypes.Type(value = PartnerRecord.KeyIssued.class, name = "partner.key-issued"),
		@JsonSubTypes.Type(value = PartnerRecord.KeyRevoked.class, name = "partner.key-revoked") })
sealed interface PartnerRecord extends PrivateRecord {

	String partnerId();

	@Override
	default String key() {
		return partnerId();
	}

	record Registered(String partnerId, String name, PartnerKind kind, boolean mayRunOutsideCampaignWeek,
			Instant at) implements PartnerRecord {

	}

	record KeyIssued(String partnerId, String keyId, String keyHash, Instant at) implements PartnerRecord {

	}

	record KeyRevoked(String partnerId, String keyId, Instant at) implements PartnerRecord {

	}

}
