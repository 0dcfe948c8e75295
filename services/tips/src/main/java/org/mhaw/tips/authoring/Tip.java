package org.mhaw.tips.authoring;

import java.time.Instant;
import java.util.List;

import org.mhaw.events.tip.TipAudience;

/**
 * A tip as staff wrote it and where it is in its life, kept whole on the service's
 * private topic (drafts included: they never go on a shared topic).
 *
 * @param tipId its id
 * @param slug its path segment under {@code /tips/}; fixed once created, so links keep
 * working
 * @param title its title
 * @param summary one or two sentences for the list
 * @param body the tip itself, in Markdown
 * @param audiences who it is for
 * @param topics what it is about ({@link TipTopics})
 * @param status draft, scheduled, published or unpublished
 * @param publishAt when a scheduled tip goes out, or {@code null}
 * @param publishedAt when it last went out, or {@code null}
 * @param updatedAt when staff last changed it
 */
public record Tip(String tipId, String slug, String title, String summary, String body, List<TipAudience> audiences,
		List<String> topics, TipStatus status, Instant publishAt, Instant publishedAt, Instant updatedAt) {

	public boolean isPublished() {
		return this.status == TipStatus.PUBLISHED;
	}

	Tip withContent(TipDraft draft, Instant at) {
		return new Tip(this.tipId, this.slug, draft.title().strip(), draft.summary().strip(), draft.body(),
				List.copyOf(draft.audiences()), List.copyOf(draft.topics()), this.status, this.publishAt,
				this.publishedAt, at);
	}

	Tip withStatus(TipStatus status, Instant publishAt, Instant publishedAt, Instant at) {
		return new Tip(this.tipId, this.slug, this.title, this.summary, this.body, this.audiences, this.topics, status,
				publishAt, publishedAt, at);
	}

}
