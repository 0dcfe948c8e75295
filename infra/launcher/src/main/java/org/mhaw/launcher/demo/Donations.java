package org.mhaw.launcher.demo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.mhaw.launcher.demo.DemoHttp.Answer;
import org.mhaw.launcher.demo.DemoHttp.As;
import org.mhaw.launcher.demo.Supporters.Place;

import static org.mhaw.launcher.demo.DemoHttp.object;

/**
 * The demo's donations: each one is opened through {@code POST /api/donations}, then
 * confirmed (or declined) by the sandbox payment provider through the signed webhook, on
 * its own. The demo counts a donation only once {@code GET /api/donations/{id}} says it
 * was received, following the pending ones in the background as the week plays.
 */
final class Donations {

	/**
	 * The presets on the donate page, most chosen first, and a few amounts of people's
	 * own.
	 */
	private static final long[] EVERYDAY = { 500, 500, 500, 1000, 1000, 1000, 1000, 2500, 2500, 5000, 300, 750, 1500,
			2000, 10000 };

	/** On appeal night people give a little more. */
	private static final long[] APPEAL = { 1000, 1000, 2500, 2500, 2500, 5000, 2000, 10000, 500, 25000 };

	private final DemoHttp http;

	private final DemoTargets targets;

	private final Tally tally;

	private final Map<String, Gift> pending = new ConcurrentHashMap<>();

	private final List<Received> received = new ArrayList<>();

	private ScheduledExecutorService follower;

	Donations(DemoHttp http, DemoTargets targets, Tally tally) {
		this.http = http;
		this.targets = targets;
		this.tally = tally;
	}

	/**
	 * One supporter's gift.
	 *
	 * @param pence the amount
	 * @param giftAid whether they declare Gift Aid
	 * @param decline whether the sandbox provider is asked to decline the payment
	 * @param email who they are
	 * @param request the body sent
	 * @param day the campaign day it stands for
	 */
	record Gift(long pence, boolean giftAid, boolean decline, String email, Object request, LocalDate day) {

		static Gift of(Supporters supporters, String email, CampaignWeek.Hour hour) {
			long[] amounts = hour.appealNight() ? APPEAL : EVERYDAY;
			long pence = amounts[supporters.upTo(amounts.length)];
			boolean giftAid = supporters.chance(0.4);
			boolean decline = supporters.chance(0.03);
			String firstName = supporters.firstName();
			String surname = supporters.surname();
			Place place = supporters.place();
			boolean anonymous = supporters.chance(0.3);
			Object declaration = giftAid ? object("firstName", firstName, "surname", surname, "houseNameOrNumber",
					String.valueOf(1 + supporters.upTo(120)), "postcode", place.postcode(), "ukTaxpayer", true,
					"wordingVersion", "single-donation-2025-05") : null;
			Object request = object("amountPence", pence, "currency", "GBP", "email", email, "displayName",
					anonymous ? null : firstName, "anonymous", anonymous, "message",
					supporters.chance(0.15) ? supporters.message() : null, "region", place.region().name(), "giftAid",
					declaration, "sandbox", decline ? object("decline", true) : null);
			return new Gift(pence, giftAid, decline, email, request, hour.day());
		}

	}

	/**
	 * A donation the platform received.
	 *
	 * @param id its id
	 * @param gift what was given
	 */
	record Received(String id, Gift gift) {

	}

	Void give(Gift gift) throws InterruptedException {
		Answer answer = this.http.post(this.targets.donations().resolve("/api/donations"), As.SUPPORTER,
				gift.request());
		if (answer.status() != 202) {
			throw new DemoException(
					"POST /api/donations answered " + answer.status() + ": " + answer.body().path("detail").asString());
		}
		this.tally.started.incrementAndGet();
		this.pending.put(answer.body().path("donationId").asString(), gift);
		return null;
	}

	void startFollowing() {
		this.follower = Executors.newSingleThreadScheduledExecutor();
		this.follower.scheduleWithFixedDelay(() -> {
			try {
				checkPending();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				// settle() checks again and reports what stays wrong
			}
		}, 300, 300, TimeUnit.MILLISECONDS);
	}

	void stopFollowing() throws InterruptedException {
		if (this.follower != null) {
			this.follower.shutdownNow();
			this.follower.awaitTermination(10, TimeUnit.SECONDS);
		}
	}

	/** Waits until the provider has confirmed or declined every donation. */
	void settle(Duration timeout) throws InterruptedException {
		stopFollowing();
		Instant deadline = Instant.now().plus(timeout);
		checkPending();
		while (!this.pending.isEmpty() && Instant.now().isBefore(deadline)) {
			TimeUnit.MILLISECONDS.sleep(300);
			checkPending();
		}
		if (!this.pending.isEmpty()) {
			throw new DemoException(this.pending.size() + " donations were still pending after " + timeout.toSeconds()
					+ " s: the sandbox payment provider did not confirm them");
		}
	}

	private synchronized void checkPending() throws InterruptedException {
		for (Map.Entry<String, Gift> donation : List.copyOf(this.pending.entrySet())) {
			URI status = this.targets.donations().resolve("/api/donations/" + donation.getKey());
			String state = this.http.get(status, As.SUPPORTER).body().path("status").asString();
			Gift gift = donation.getValue();
			if (state.equals("received")) {
				this.pending.remove(donation.getKey());
				this.received.add(new Received(donation.getKey(), gift));
				this.tally.received(gift.pence(), gift.giftAid(), gift.email(), gift.day());
			}
			else if (state.equals("declined")) {
				this.pending.remove(donation.getKey());
				this.tally.declined.incrementAndGet();
			}
		}
	}

	/**
	 * Staff refund a few donations once the week is over: the first in part (half), the
	 * rest in full.
	 */
	synchronized void refund(int count) throws InterruptedException {
		int step = Math.max(1, this.received.size() / Math.max(1, count));
		for (int i = 0, done = 0; i < this.received.size() && done < count; i += step, done++) {
			Received donation = this.received.get(i);
			Object body = (done == 0) ? object("amountPence", donation.gift().pence() / 2) : object();
			Answer answer = this.http
				.post(this.targets.donations().resolve("/api/donations/" + donation.id() + "/refunds"), As.STAFF, body);
			if (answer.status() != 201) {
				throw new DemoException("Refunding " + donation.id() + " answered " + answer.status() + ": "
						+ answer.body().path("detail").asString());
			}
			this.tally.refunded(answer.body().path("amountPence").asLong(), donation.gift().giftAid(),
					donation.gift().day());
		}
	}

}
