package org.mhaw.pledges;

import java.util.Arrays;
import java.util.List;

import org.mhaw.events.Region;

import org.springframework.stereotype.Component;

/** Regions as pages show them ({@code ${@regions.label(region)}} in a template). */
@Component("regions")
public class Regions {

	/** The regions a supporter can choose, in the order the form lists them. */
	public List<Region> choices() {
		return Arrays.stream(Region.values()).filter((region) -> region != Region.UNKNOWN).toList();
	}

	public String label(Region region) {
		return (region != null) ? region.label() : "";
	}

	/** The region a form sent, or {@code null} when it is not one of the choices. */
	public static Region parse(String value) {
		return Arrays.stream(Region.values())
			.filter((region) -> region != Region.UNKNOWN && region.name().equals(value))
			.findFirst()
			.orElse(null);
	}

}
