package org.mhaw.dashboard.moderation;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.mhaw.dashboard.projection.ChangeAnnouncer;
import org.mhaw.dashboard.projection.DashboardKeys;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.platform.problem.ApiProblem;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A staff decision on a queued item: published as "moderation decided" for the owning
 * service to apply, with when it was requested, and timed as
 * {@code mhaw.moderation.wait}.
 */
@Component
class ModerationDecisions {

	static final int MAX_REASON = 500;

	/** Long enough for the decision to come back round the log into the queue. */
	private static final Duration DECIDED_MARK = Duration.ofDays(1);

	private final ModerationQueue queue;

	private final EventPublisher publisher;

	private final RedisClient redis;

	private final DashboardKeys keys;

	private final ChangeAnnouncer announcer;

	private final MeterRegistry meters;

	private final Clock clock;

	ModerationDecisions(ModerationQueue queue, EventPublisher publisher, RedisClient redis, DashboardKeys keys,
			ChangeAnnouncer announcer, MeterRegistry meters, Clock clock) {
		this.queue = queue;
		this.publisher = publisher;
		this.redis = redis;
		this.keys = keys;
		this.announcer = announcer;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Decides a pending item.
	 * @throws ApiProblem 404 if it is not waiting, 409 if decided already, 400 for a
	 * rejection without a reason
	 */
	ModerationDecided decide(String itemId, ModerationDecision decision, String reason, String staff) {
		String trimmed = (reason != null) ? reason.strip() : "";
		if (decision == null) {
			throw ApiProblem.badField("decision", "Choose approve or reject.");
		}
		if (decision == ModerationDecision.REJECTED && trimmed.isEmpty()) {
			throw ApiProblem.badField("reason", "Give a reason for rejecting: the person who sent it will see it.");
		}
		if (trimmed.length() > MAX_REASON) {
			throw ApiProblem.badField("reason", "Keep the reason to " + MAX_REASON + " characters or fewer.");
		}
		ModerationItem item = this.queue.find(itemId)
			.orElseThrow(() -> ApiProblem.notFound("Nothing is waiting for a decision with id " + itemId + "."));
		String mark = this.keys.decided(item.itemId(), item.requestedAt().toEpochMilli());
		// Two staff deciding the same item at once: only the first decision goes out.
		if (!"OK"
			.equals(this.redis.set(mark, decision.name(), SetParams.setParams().nx().px(DECIDED_MARK.toMillis())))) {
			throw new ApiProblem(HttpStatus.CONFLICT, "already-decided", "Someone has already decided this item.",
					null);
		}
		ModerationDecided decided = new ModerationDecided(item.itemId(), item.kind(), decision,
				trimmed.isEmpty() ? null : trimmed, staff, item.requestedAt());
		try {
			this.publisher.publish(decided);
		}
		catch (RuntimeException ex) {
			this.redis.del(mark);
			throw ex;
		}
		Timer.builder("mhaw.moderation.wait")
			.description("How long items waited in the moderation queue for a staff decision")
			.tag("kind", item.kind().name())
			.tag("decision", decision.name())
			.register(this.meters)
			.record(Duration.between(item.requestedAt(), this.clock.instant()));
		this.announcer.announce("moderation");
		return decided;
	}

}
