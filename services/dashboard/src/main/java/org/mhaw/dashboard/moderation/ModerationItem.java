package org.mhaw.dashboard.moderation;

import java.time.Instant;

import org.mhaw.events.Region;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.events.moderation.ModerationRequested;
import tools.jackson.databind.json.JsonMapper;

import org.mhaw.events.EventEnvelope;

/**
 * An item waiting for a staff decision, as the projection keeps it (JSON in Redis); once
 * approved, a public message keeps the same shape in the ticker.
 *
 * @param itemId the item's id in its owning service
 * @param kind what it is
 * @param title a heading, or {@code null}
 * @param text the words to judge
 * @param displayName the public name, or {@code null} for anonymous
 * @param region its region
 * @param requestedAt when it was requested
 */
public record ModerationItem(String itemId, ModerationKind kind, String title, String text, String displayName,
		Region region, Instant requestedAt) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static ModerationItem of(EventEnvelope envelope, ModerationRequested requested) {
		return new ModerationItem(requested.itemId(), requested.kind(), requested.title(), requested.text(),
				requested.displayName(), requested.region(), envelope.occurredAt());
	}

	public static ModerationItem fromJson(String json) {
		return JSON.readValue(json, ModerationItem.class);
	}

	public String toJson() {
		return JSON.writeValueAsString(this);
	}

	/** Whether, once approved, it is a public message for the ticker. */
	public boolean isPublicMessage() {
		return isPublicMessage(this.kind);
	}

	public static boolean isPublicMessage(ModerationKind kind) {
		return kind == ModerationKind.DONOR_MESSAGE || kind == ModerationKind.PLEDGE_MESSAGE;
	}

}
