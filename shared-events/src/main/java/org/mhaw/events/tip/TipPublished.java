package org.mhaw.events.tip;

import java.util.List;

import org.mhaw.events.DomainEvent;

/**
 * Staff published a tip (or it reached its scheduled time).
 *
 * @param tipId the tip's id
 * @param slug its path segment, such as {@code online-spaces-that-feel-like-home}
 * @param title its title, for the dashboard's top tips
 * @param audiences who it is for
 * @param topics its topics, such as {@code loneliness}
 */
public record TipPublished(String tipId, String slug, String title, List<TipAudience> audiences,
		List<String> topics) implements DomainEvent {

	public TipPublished {
		audiences = (audiences != null) ? List.copyOf(audiences) : List.of();
		topics = (topics != null) ? List.copyOf(topics) : List.of();
	}

	@Override
	public String aggregateKey() {
		return this.tipId;
	}

}
