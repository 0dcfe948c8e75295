package org.mhaw.pledges;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.mhaw.events.Region;

import org.springframework.stereotype.Component;

/** Regions as pages show them ({@code ${@regions.label(region)}} in a template). */
@Component("regions")
public class Regions {

	private static final Map<Region, String> LABELS = Map.ofEntries(Map.entry(Region.NORTH_EAST, "North East"),
			Map.entry(Region.NORTH_WEST, "North West"),
			Map.entry(Region.YORKSHIRE_AND_THE_HUMBER, "Yorkshire and the Humber"),
			Map.entry(Region.EAST_MIDLANDS, "East Midlands"), Map.entry(Region.WEST_MIDLANDS, "West Midlands"),
			Map.entry(Region.EAST_OF_ENGLAND, "East of England"), Map.entry(Region.LONDON, "London"),
			Map.entry(Region.SOUTH_EAST, "South East"), Map.entry(Region.SOUTH_WEST, "South West"),
			Map.entry(Region.WALES, "Wales"), Map.entry(Region.SCOTLAND, "Scotland"),
			Map.entry(Region.NORTHERN_IRELAND, "Northern Ireland"), Map.entry(Region.ONLINE, "Online / outside the UK"),
			Map.entry(Region.UNKNOWN, "Somewhere in the UK"));

	/** The regions a supporter can choose, in the order the form lists them. */
	public List<Region> choices() {
		return Arrays.stream(Region.values()).filter((region) -> region != Region.UNKNOWN).toList();
	}

	public String label(Region region) {
		return (region != null) ? LABELS.getOrDefault(region, region.name()) : "";
	}

	/** The region a form sent, or {@code null} when it is not one of the choices. */
	public static Region parse(String value) {
		return Arrays.stream(Region.values())
			.filter((region) -> region != Region.UNKNOWN && region.name().equals(value))
			.findFirst()
			.orElse(null);
	}

}
