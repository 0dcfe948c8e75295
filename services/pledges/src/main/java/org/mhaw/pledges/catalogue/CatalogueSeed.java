package org.mhaw.pledges.catalogue;

import java.util.List;

/**
 * The pledges the week starts with, in the order the page shows them. Deterministic, so
 * they need no write to the log: staff changes are kept on the private topic and laid
 * over these.
 */
final class CatalogueSeed {

	static final List<CatalogueEntry> ENTRIES = List.of(seed("check-in-on-a-neighbour", "Check in on a neighbour",
			"Knock on a door, send a text or stop for a proper chat with someone nearby who might be on their own."),
			seed("join-a-local-group", "Join a local group",
					"A choir, a walking group, a knit and natter, a community garden: find one near you and go along once."),
			seed("take-a-walk-in-nature", "Take a walk in nature",
					"Twenty minutes in a park, by the water or down a green lane, with a friend or on your own."),
			seed("talk-about-mental-health", "Talk about mental health at work or school",
					"Start one honest conversation, or ask a colleague or classmate how they are really doing."),
			seed("volunteer-an-hour", "Volunteer an hour",
					"Give an hour to a food bank, a community hub, a litter pick or a charity shop near you."),
			seed("phone-down-for-an-evening", "Put the phone down for an evening",
					"Switch off for one evening and spend it with the people around you, or doing something you love."),
			seed("share-a-meal", "Share a meal",
					"Cook for someone, bring a dish to a shared table, or invite someone to eat with you."),
			seed("say-hello-to-someone-new", "Say hello to someone new",
					"At the school gate, in the office kitchen or at the bus stop: a hello is how most friendships start."),
			seed("thank-a-community-helper", "Thank someone who makes your community better",
					"A volunteer, a lollipop person, a librarian, a neighbour who keeps an eye out: tell them it matters."),
			seed("learn-a-name", "Learn the name of someone you see every day",
					"The person at the corner shop, the dog walker you pass each morning: ask their name and use it."));

	private CatalogueSeed() {
	}

	private static CatalogueEntry seed(String key, String title, String description) {
		return new CatalogueEntry(key, title, description, false, null);
	}

}
