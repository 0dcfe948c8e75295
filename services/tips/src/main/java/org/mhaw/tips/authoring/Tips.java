package org.mhaw.tips.authoring;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.mhaw.events.tip.TipAudience;
import org.mhaw.events.tip.TipPublished;
import org.mhaw.events.tip.TipUnpublished;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.platform.log.PrivateStore;
import org.mhaw.platform.problem.ApiProblem;

/**
 * Tips through their life: draft, scheduled, published, unpublished. The whole tip lives
 * on the private topic; publishing and unpublishing also go out on {@code mhaw.tips} (the
 * shared event first, so a tip the site shows has always been announced).
 */
public class Tips {

	private final PrivateStore<Tip> store;

	private final EventPublisher publisher;

	private final Clock clock;

	Tips(PrivateStore<Tip> store, EventPublisher publisher, Clock clock) {
		this.store = store;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Every tip, newest change first. */
	public List<Tip> all() {
		return this.store.values().stream().sorted(Comparator.comparing(Tip::updatedAt).reversed()).toList();
	}

	/**
	 * Published tips for an audience and a topic (either may be {@code null}), newest
	 * first.
	 */
	public List<Tip> published(TipAudience audience, String topic) {
		return this.store.values()
			.stream()
			.filter(Tip::isPublished)
			.filter((tip) -> audience == null || tip.audiences().contains(audience))
			.filter((tip) -> topic == null || tip.topics().contains(topic))
			.sorted(Comparator.comparing(Tip::publishedAt).reversed().thenComparing(Tip::title))
			.toList();
	}

	public Optional<Tip> publishedBySlug(String slug) {
		return this.store.values().stream().filter((tip) -> tip.isPublished() && tip.slug().equals(slug)).findFirst();
	}

	public Optional<Tip> find(String tipId) {
		return this.store.get(tipId);
	}

	Tip get(String tipId) {
		return find(tipId).orElseThrow(() -> ApiProblem.notFound("There is no tip " + tipId + "."));
	}

	/**
	 * Adds a draft. Creating the same id again (a retried request) returns the tip as it
	 * is.
	 */
	synchronized Tip create(String tipId, TipDraft draft) {
		checkTopics(draft);
		Optional<Tip> existing = this.store.get(tipId);
		if (existing.isPresent()) {
			return existing.get();
		}
		Instant now = this.clock.instant();
		Tip tip = new Tip(tipId, uniqueSlug(draft.title()), null, null, null, List.of(), List.of(), TipStatus.DRAFT,
				null, null, now)
			.withContent(draft, now);
		this.store.put(tipId, tip);
		return tip;
	}

	/** New words for a tip; a published tip is announced again with its new title. */
	synchronized Tip update(String tipId, TipDraft draft) {
		checkTopics(draft);
		Tip updated = get(tipId).withContent(draft, this.clock.instant());
		if (updated.isPublished()) {
			this.publisher.publish(published(updated));
		}
		this.store.put(tipId, updated);
		return updated;
	}

	synchronized Tip publish(String tipId) {
		Tip tip = get(tipId);
		if (tip.isPublished()) {
			return tip;
		}
		this.publisher.publish(published(tip));
		Instant now = this.clock.instant();
		Tip published = tip.withStatus(TipStatus.PUBLISHED, null, now, now);
		this.store.put(tipId, published);
		return published;
	}

	/** Takes a published tip down, or calls off a scheduled one (back to a draft). */
	synchronized Tip unpublish(String tipId) {
		Tip tip = get(tipId);
		Instant now = this.clock.instant();
		Tip changed;
		if (tip.status() == TipStatus.PUBLISHED) {
			this.publisher.publish(new TipUnpublished(tip.tipId(), tip.slug()));
			changed = tip.withStatus(TipStatus.UNPUBLISHED, null, tip.publishedAt(), now);
		}
		else if (tip.status() == TipStatus.SCHEDULED) {
			changed = tip.withStatus(TipStatus.DRAFT, null, tip.publishedAt(), now);
		}
		else {
			return tip;
		}
		this.store.put(tipId, changed);
		return changed;
	}

	synchronized Tip schedule(String tipId, Instant publishAt) {
		Tip tip = get(tipId);
		if (!publishAt.isAfter(this.clock.instant())) {
			throw ApiProblem.badField("publishAt", "Choose a time in the future");
		}
		if (tip.isPublished()) {
			throw ApiProblem.conflict("already-published",
					"This tip is already published; unpublish it first to schedule it again.");
		}
		Tip scheduled = tip.withStatus(TipStatus.SCHEDULED, publishAt, tip.publishedAt(), this.clock.instant());
		this.store.put(tipId, scheduled);
		return scheduled;
	}

	/** Scheduled tips whose time has come. */
	List<Tip> due() {
		Instant now = this.clock.instant();
		return this.store.values()
			.stream()
			.filter((tip) -> tip.status() == TipStatus.SCHEDULED && !tip.publishAt().isAfter(now))
			.toList();
	}

	/**
	 * Adds a tip already published (the seed), unless it was ever added before: staff may
	 * have changed or unpublished it since.
	 */
	synchronized void addPublishedOnce(String tipId, String slug, TipDraft draft) {
		if (this.store.get(tipId).isPresent()) {
			return;
		}
		Instant now = this.clock.instant();
		Tip tip = new Tip(tipId, slug, null, null, null, List.of(), List.of(), TipStatus.PUBLISHED, null, now, now)
			.withContent(draft, now);
		this.publisher.publish(published(tip));
		this.store.put(tipId, tip);
	}

	private static TipPublished published(Tip tip) {
		return new TipPublished(tip.tipId(), tip.slug(), tip.title(), tip.audiences(), tip.topics());
	}

	private static void checkTopics(TipDraft draft) {
		for (int i = 0; i < draft.topics().size(); i++) {
			if (!TipTopics.ALL.containsKey(draft.topics().get(i))) {
				throw ApiProblem.badField("topics[" + i + "]",
						"Choose a topic from: " + String.join(", ", TipTopics.ALL.keySet()));
			}
		}
		for (int i = 0; i < draft.audiences().size(); i++) {
			if (draft.audiences().get(i) == TipAudience.OTHER) {
				throw ApiProblem.badField("audiences[" + i + "]", "Choose schools, parents, adults or young people");
			}
		}
	}

	private String uniqueSlug(String title) {
		String base = slug(title);
		String slug = base;
		for (int n = 2; slugTaken(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private boolean slugTaken(String slug) {
		return this.store.values().stream().anyMatch((tip) -> tip.slug().equals(slug));
	}

	/** Lower-case ASCII words joined by hyphens: "Say hello first!" → say-hello-first. */
	static String slug(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-$", "");
		}
		return slug.isEmpty() ? "tip-" + UUID.randomUUID().toString().substring(0, 8) : slug;
	}

}
