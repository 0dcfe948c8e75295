package org.mhaw.tips.authoring;

import java.util.LinkedHashMap;
import java.util.Map;

/** The topics a tip can be filed under, by key, with the label readers see. */
public final class TipTopics {

	public static final Map<String, String> ALL = labels();

	private TipTopics() {
	}

	private static Map<String, String> labels() {
		Map<String, String> topics = new LinkedHashMap<>();
		topics.put("online-spaces", "Online spaces");
		topics.put("loneliness", "Loneliness");
		topics.put("belonging", "Belonging");
		topics.put("group-settings", "Group settings");
		topics.put("friendship", "Friendship");
		topics.put("talking", "Talking about how we feel");
		return java.util.Collections.unmodifiableMap(topics);
	}

}
