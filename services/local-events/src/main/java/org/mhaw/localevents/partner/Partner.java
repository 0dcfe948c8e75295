package org.mhaw.localevents.partner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner organisation as staff see it: never its keys, only their ids and whether they
 * still work.
 */
record Partner(String partnerId, String name, PartnerKind kind, boolean mayRunOutsideCampaignWeek, Instant registeredAt,
		List<KeyView> keys) {

	Partner withKey(KeyView key) {
		if (keyIds().contains(key.keyId())) {
			return this;
		}
		List<KeyView> more = new ArrayList<>(this.keys);
		more.add(key);
		return new Partner(this.partnerId, this.name, this.kind, this.mayRunOutsideCampaignWeek, this.registeredAt,
				List.copyOf(more));
	}

	Partner revoking(String keyId, Instant at) {
		List<KeyView> updated = this.keys.stream()
			.map((key) -> (key.keyId().equals(keyId) && key.revokedAt() == null)
					? new KeyView(key.keyId(), key.issuedAt(), at) : key)
			.toList();
		return new Partner(this.partnerId, this.name, this.kind, this.mayRunOutsideCampaignWeek, this.registeredAt,
				updated);
	}

	List<String> keyIds() {
		return this.keys.stream().map(KeyView::keyId).toList();
	}

	List<String> liveKeyIds() {
		return this.keys.stream().filter((key) -> key.revokedAt() == null).map(KeyView::keyId).toList();
	}

	record KeyView(String keyId, Instant issuedAt, Instant revokedAt) {

	}

}
