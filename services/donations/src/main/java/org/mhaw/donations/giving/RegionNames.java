package org.mhaw.donations.giving;

import java.util.Map;

import org.mhaw.events.Region;

/** How regions read on the page. */
final class RegionNames {

	private static final Map<Region, String> NAMES = Map.ofEntries(Map.entry(Region.NORTH_EAST, "North East England"),
			Map.entry(Region.NORTH_WEST, "North West England"),
			Map.entry(Region.YORKSHIRE_AND_THE_HUMBER, "Yorkshire and the Humber"),
			Map.entry(Region.EAST_MIDLANDS, "East Midlands"), Map.entry(Region.WEST_MIDLANDS, "West Midlands"),
			Map.entry(Region.EAST_OF_ENGLAND, "East of England"), Map.entry(Region.LONDON, "London"),
			Map.entry(Region.SOUTH_EAST, "South East England"), Map.entry(Region.SOUTH_WEST, "South West England"),
			Map.entry(Region.WALES, "Wales"), Map.entry(Region.SCOTLAND, "Scotland"),
			Map.entry(Region.NORTHERN_IRELAND, "Northern Ireland"), Map.entry(Region.ONLINE, "Outside the UK"),
			Map.entry(Region.UNKNOWN, "Not given"));

	private RegionNames() {
	}

	static String of(Region region) {
		return NAMES.getOrDefault(region, region.name());
	}

}
