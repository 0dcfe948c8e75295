package org.mhaw.launcher.demo;

import java.util.List;
import java.util.Random;

import org.mhaw.events.Region;

/**
 * Made-up supporters: names, places and words, so the demo's traffic reads like a
 * campaign week. Emails are unique to one run (at example.org, which never receives
 * mail), so a second demo against the same platform brings new supporters.
 */
final class Supporters {

	static final List<String> FIRST_NAMES = List.of("Amara", "Ben", "Chloe", "Dev", "Eilidh", "Fatima", "Gareth",
			"Hannah", "Imran", "Jess", "Kwame", "Lowri", "Maya", "Niamh", "Owen", "Priya", "Rhys", "Sam", "Tomasz",
			"Zara");

	static final List<String> SURNAMES = List.of("Ahmed", "Brown", "Campbell", "Davies", "Evans", "Kaur", "Khan",
			"Murphy", "Nowak", "O'Neill", "Patel", "Roberts", "Smith", "Taylor", "Williams", "Wilson");

	/** Where supporters and events are: a real outward code in each region. */
	static final List<Place> PLACES = List.of(new Place(Region.LONDON, "E1 6AN", "London"),
			new Place(Region.NORTH_WEST, "M1 1AE", "Manchester"),
			new Place(Region.YORKSHIRE_AND_THE_HUMBER, "LS6 2QB", "Leeds"),
			new Place(Region.WEST_MIDLANDS, "B1 1AA", "Birmingham"), new Place(Region.SOUTH_WEST, "BS1 4DJ", "Bristol"),
			new Place(Region.SOUTH_EAST, "BN1 1AE", "Brighton"),
			new Place(Region.EAST_OF_ENGLAND, "NR2 4SE", "Norwich"),
			new Place(Region.EAST_MIDLANDS, "NG1 5FS", "Nottingham"),
			new Place(Region.NORTH_EAST, "NE1 4ST", "Newcastle"), new Place(Region.WALES, "CF10 1EP", "Cardiff"),
			new Place(Region.SCOTLAND, "G1 1XQ", "Glasgow"), new Place(Region.NORTHERN_IRELAND, "BT1 5GS", "Belfast"));

	static final List<String> MESSAGES = List.of("Walking together every Sunday. Thank you for all you do.",
			"For my mum, who taught me it is OK to ask for help.",
			"Our village hall coffee morning raised this. Community matters.",
			"Checking in on neighbours this week. Small things count.", "Thank you for being there when I needed it.",
			"From the Thursday running club, with love.", "Belonging starts with saying hello.",
			"In memory of Dad. Keep talking.");

	/**
	 * A town in a region.
	 *
	 * @param region its region
	 * @param postcode a full postcode there
	 * @param town its name
	 */
	record Place(Region region, String postcode, String town) {

	}

	private final String run;

	private final Random random;

	Supporters(String run, Random random) {
		this.run = run;
		this.random = random;
	}

	String email(String kind, int number) {
		return kind + "-" + this.run + "-" + number + "@example.org";
	}

	<T> T any(List<T> choices) {
		return choices.get(this.random.nextInt(choices.size()));
	}

	String firstName() {
		return any(FIRST_NAMES);
	}

	String surname() {
		return any(SURNAMES);
	}

	Place place() {
		return any(PLACES);
	}

	String message() {
		return any(MESSAGES);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	int upTo(int bound) {
		return this.random.nextInt(bound);
	}

}
