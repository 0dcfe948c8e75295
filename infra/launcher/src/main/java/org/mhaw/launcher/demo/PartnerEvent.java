package org.mhaw.launcher.demo;

import java.time.LocalDate;
import java.util.List;

import org.mhaw.events.Region;
import org.mhaw.events.localevent.EventCategory;

import static org.mhaw.launcher.demo.DemoHttp.object;

/**
 * The kinds of event partners run in the week, social prescribing's categories among
 * them. The first is a small circle, so it fills and people join its waitlist.
 *
 * @param title its name
 * @param description what happens
 * @param category its category
 * @param venue the venue's name
 * @param address street and town
 * @param postcode the venue's postcode
 * @param region its region
 * @param capacity places
 */
record PartnerEvent(String title, String description, EventCategory category, String venue, String address,
		String postcode, Region region, int capacity) {

	static final List<PartnerEvent> TEMPLATES = List.of(new PartnerEvent("Peer support circle: finding your people",
			"A small, gentle circle to talk about belonging and what helps. Tea and biscuits; no need to speak.",
			EventCategory.PEER_SUPPORT, "Chapel Allerton Community Hub", "Harrogate Road, Leeds", "LS7 3PD",
			Region.YORKSHIRE_AND_THE_HUMBER, 3),
			new PartnerEvent("Walk and talk round the park",
					"An easy 3 km loop at a chatting pace, finishing with a hot drink. All welcome, dogs too.",
					EventCategory.MOVEMENT, "Platt Fields Park boathouse", "Wilmslow Road, Manchester", "M14 6LA",
					Region.NORTH_WEST, 40),
			new PartnerEvent("Stories of the docks: a heritage walk",
					"Local historians share the harbour's stories of work and community. Step-free route.",
					EventCategory.HERITAGE, "M Shed", "Princes Wharf, Bristol", "BS1 4RN", Region.SOUTH_WEST, 25),
			new PartnerEvent("Community garden planting day",
					"Get your hands in the soil with neighbours: we are planting the wildflower beds. Gloves provided.",
					EventCategory.NATURE_AND_GREEN_ACTIVITY, "Spitalfields City Farm", "Buxton Street, London",
					"E1 5AR", Region.LONDON, 30),
			new PartnerEvent("Young people's art jam",
					"Drop-in making and music for 13 to 18 year olds, run with our youth workers.",
					EventCategory.CHILDREN_AND_YOUNG_PEOPLE, "The Lighthouse", "Mitchell Lane, Glasgow", "G1 3NU",
					Region.SCOTLAND, 20),
			new PartnerEvent("parkrun: stay for coffee",
					"Walk, jog or run the 5 km, then join us at the café to meet other parkrunners.",
					EventCategory.MOVEMENT, "Bute Park", "North Road, Cardiff", "CF10 3ER", Region.WALES, 60));

	/**
	 * The partner API's body, for an event on the given campaign day, 10:00–12:00 London
	 * time.
	 */
	Object submission(LocalDate day) {
		return object("title", this.title, "description", this.description, "category", this.category.name(), "online",
				false, "venue", object("name", this.venue, "address", this.address, "postcode", this.postcode),
				"region", this.region.name(), "startsAt", day + "T10:00", "endsAt", day + "T12:00", "capacity",
				this.capacity, "free", true, "accessibility",
				object("stepFreeAccess", true, "accessibleToilet", true, "quietSpace", true, "seatingAvailable", true),
				"contact", object("name", "Demo community group", "email", "events@example.org"));
	}

}
