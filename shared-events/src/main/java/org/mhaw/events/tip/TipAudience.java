package org.mhaw.events.tip;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who a tip is written for. */
public enum TipAudience {

	SCHOOLS, PARENTS, ADULTS, YOUNG_PEOPLE,

	/** An audience added after this consumer was built. */
	@JsonEnumDefaultValue
	OTHER

}
