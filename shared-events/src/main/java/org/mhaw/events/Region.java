package org.mhaw.events;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where something happened, at the coarse grain the dashboard reports: the UK's nations
 * and the English regions (ITL1), plus online. Coarse on purpose: a region never
 * identifies a person.
 */
public enum Region {

	NORTH_EAST, NORTH_WEST, YORKSHIRE_AND_THE_HUMBER, EAST_MIDLANDS, WEST_MIDLANDS, EAST_OF_ENGLAND, LONDON, SOUTH_EAST,
	SOUTH_WEST, WALES, SCOTLAND, NORTHERN_IRELAND, ONLINE,

	/** Not given, or a region added after this consumer was built. */
	@JsonEnumDefaultValue
	UNKNOWN

}
