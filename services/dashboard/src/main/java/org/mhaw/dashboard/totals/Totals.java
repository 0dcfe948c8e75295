package org.mhaw.dashboard.totals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.mhaw.dashboard.moderation.ModerationItem;

/**
 * Everything the dashboard shows, read from one generation in one step.
 *
 * @param donations money raised
 * @param progress the total against the target
 * @param byDay the campaign week, with before and after
 * @param byRegion per region, largest first
 * @param byHour per London hour ({@code 2025-05-12T14})
 * @param messages the latest approved public messages, newest first
 * @param pledges pledges held
 * @param tips tips read
 * @param localEvents local events approved and listed
 * @param signUps sign-ups to local events
 * @param moderationPending items waiting in the staff queue
 * @param freshness how up to date this is
 */
public record Totals(Donations donations, Progress progress, List<Bucket> byDay, List<Bucket> byRegion,
		List<Bucket> byHour, List<Message> messages, Pledges pledges, Tips tips, LocalEvents localEvents,
		SignUps signUps, long moderationPending, Freshness freshness) {

	/**
	 * @param raisedPence total given less refunds
	 * @param giftAidUpliftPence what Gift Aid adds: 25% of the gift-aided amounts (less
	 * refunds), rounded down, shown apart from the total
	 * @param giftAidedPence the gift-aided amounts
	 * @param count donations received
	 * @param supporters distinct supporters who gave (exact)
	 * @param refunds refunds made
	 * @param refundedPence amount refunded
	 */
	public record Donations(long raisedPence, long giftAidUpliftPence, long giftAidedPence, long count, long supporters,
			long refunds, long refundedPence) {

	}

	/**
	 * @param targetPence the fundraising target
	 * @param percent the total as a whole percentage of it (may pass 100)
	 */
	public record Progress(long targetPence, long percent) {

	}

	/**
	 * @param key the day ({@code before}, an ISO date, {@code after}), region or hour
	 * @param pence amount raised in it
	 * @param donations donations in it
	 */
	public record Bucket(String key, long pence, long donations) {

	}

	/**
	 * @param text the message
	 * @param displayName the name it is shown under, or {@code null} for anonymous
	 * @param region its region
	 * @param kind donor or pledge message
	 * @param approvedAt when staff approved it
	 */
	public record Message(String text, String displayName, String region, String kind, Instant approvedAt) {

		static Message of(ModerationItem item, Instant approvedAt) {
			return new Message(item.text(), item.displayName(), (item.region() != null) ? item.region().name() : null,
					item.kind().name(), approvedAt);
		}

	}

	/**
	 * @param total pledges held (made less withdrawn)
	 * @param made pledges made
	 * @param withdrawn pledges withdrawn
	 * @param byCatalogueKey pledges held per catalogue entry, most first
	 */
	public record Pledges(long total, long made, long withdrawn, Map<String, Long> byCatalogueKey) {

	}

	/**
	 * @param reads tips read
	 * @param top the most read
	 */
	public record Tips(long reads, List<TopTip> top) {

	}

	/**
	 * @param tipId the tip
	 * @param title its title (its id until it is published)
	 * @param slug its path segment, or {@code null}
	 * @param reads times read
	 */
	public record TopTip(String tipId, String title, String slug, long reads) {

	}

	/**
	 * @param approved events approved and not since cancelled or rejected
	 * @param byCategory per category
	 * @param byRegion per region
	 */
	public record LocalEvents(long approved, Map<String, Long> byCategory, Map<String, Long> byRegion) {

	}

	/**
	 * @param confirmed places taken (including promotions from the waitlist)
	 * @param waitlisted waitlist joins
	 * @param cancelled cancellations
	 */
	public record SignUps(long confirmed, long waitlisted, long cancelled) {

	}

	/**
	 * @param lastEventAt when the newest event applied happened, or {@code null}
	 * @param consumerLag events on the topics not yet applied (-1 when unknown)
	 * @param eventsApplied events applied to this generation
	 * @param generation the projection generation read
	 */
	public record Freshness(Instant lastEventAt, long consumerLag, long eventsApplied, String generation) {

	}

}
