package org.mhaw.events.moderation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a moderation item is, and so which service owns it and applies the decision. */
public enum ModerationKind {

	/** A donor's public message; owned by donations. */
	DONOR_MESSAGE,
	/** A pledge message; owned by pledges. */
	PLEDGE_MESSAGE,
	/** A partner's event submission; owned by local-events. */
	LOCAL_EVENT,

	/** A kind added after this consumer was built: not this consumer's to apply. */
	@JsonEnumDefaultValue
	OTHER

}
