package org.mhaw.events;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where something happened, at the coarse grain the dashboard reports: the UK's nations
 * and the English regions (ITL1), plus online. Coarse on purpose: a region never
 * identifies a person. On the wire a region is its constant's name; {@link #label()} is
 * how pages show it.
 */
public enum Region {

	NORTH_EAST("North East England"), NORTH_WEST("North West England"),
	YORKSHIRE_AND_THE_HUMBER("Yorkshire and the Humber"), EAST_MIDLANDS("East Midlands"),
	WEST_MIDLANDS("West Midlands"), EAST_OF_ENGLAND("East of England"), LONDON("London"),
	SOUTH_EAST("South East England"), SOUTH_WEST("South West England"), WALES("Wales"), SCOTLAND("Scotland"),
	NORTHERN_IRELAND("Northern Ireland"), ONLINE("Online or outside the UK"),

	/** Not given, or a region added after this consumer was built. */
	@JsonEnumDefaultValue
	UNKNOWN("Not given");

	private final String label;

	Region(String label) {
		this.label = label;
	}

	/** How the region reads on a page, such as "Yorkshire and the Humber". */
	public String label() {
		return this.label;
	}

}
