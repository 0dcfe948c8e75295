package org.mhaw.events.localevent;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Categories of local events, following social prescribing. */
public enum EventCategory {

	NATURE_AND_GREEN_ACTIVITY, MOVEMENT, HERITAGE, ARTS_AND_CULTURE, COMMUNITY_HUB, PEER_SUPPORT,
	CHILDREN_AND_YOUNG_PEOPLE,

	/** Anything else, and categories added after this consumer was built. */
	@JsonEnumDefaultValue
	OTHER

}
