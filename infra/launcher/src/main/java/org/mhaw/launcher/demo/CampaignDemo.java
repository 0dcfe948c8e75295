package org.mhaw.launcher.demo;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.mhaw.events.calendar.CampaignCalendar;
import org.mhaw.launcher.demo.DemoHttp.Answer;
import org.mhaw.launcher.demo.DemoHttp.As;
import org.mhaw.launcher.demo.Supporters.Place;
import tools.jackson.databind.JsonNode;

import static org.mhaw.launcher.demo.DemoHttp.object;

/**
 * Plays a campaign week against the running platform, through its public APIs only (the
 * sandbox payment provider confirms each donation by its signed webhook): donations
 * shaped by the hour with an appeal-night spike, Gift Aid on about two in five, a few
 * declined payments, staff refunds, pledges and withdrawals, partner events submitted and
 * decided in the dashboard's moderation queue, sign-ups (with a waitlist) and
 * cancellations, and tip reads. It then prints its own tally and checks it against the
 * dashboard's totals to the penny.
 */
public final class CampaignDemo {

	private static final Duration WAIT = Duration.ofSeconds(60);

	private static final int WORKERS = 6;

	private final DemoTargets targets;

	private final DemoPlan plan;

	private final PrintStream out;

	private final DemoHttp http;

	private final DashboardCheck dashboard;

	private final Tally tally = new Tally();

	private final Supporters supporters;

	private final CampaignCalendar calendar = CampaignCalendar.upcoming(Clock.systemUTC());

	private final Donations donations;

	private final Queue<SignUp> confirmed = new ConcurrentLinkedQueue<>();

	private final Queue<SignUp> waitlisted = new ConcurrentLinkedQueue<>();

	private final Queue<Pledge> pledges = new ConcurrentLinkedQueue<>();

	/**
	 * @param targets where the platform is
	 * @param plan how much to play
	 * @param out where the progress and the summary go
	 */
	public CampaignDemo(DemoTargets targets, DemoPlan plan, PrintStream out) {
		this.targets = targets;
		this.plan = plan;
		this.out = out;
		this.http = new DemoHttp(targets);
		this.dashboard = new DashboardCheck(this.http, targets);
		this.supporters = new Supporters(Long.toString(System.currentTimeMillis(), 36), new Random(plan.seed()));
		this.donations = new Donations(this.http, targets, this.tally);
	}

	/**
	 * Plays the week, prints the summary, and checks the dashboard.
	 * @return the tally and whether the dashboard matched it
	 * @throws DemoException when the platform stops answering as its APIs say
	 */
	public DemoOutcome run() throws InterruptedException {
		Instant began = Instant.now();
		this.out.printf("%nPlaying Mental Health Awareness Week, %s to %s, in about %d seconds, against %s%n",
				ProgressBar.DAY.format(this.calendar.firstDay()), ProgressBar.DAY.format(this.calendar.lastDay()),
				this.plan.week().toSeconds(), this.targets.dashboard());
		Map<String, Long> before = this.dashboard.settledFigures(Duration.ofSeconds(30));
		List<String> pledgeKeys = pledgeCatalogue();
		List<String> tipSlugs = publishedTips();
		List<ListedEvent> events = submitAndModerateEvents();
		ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
		try {
			this.donations.startFollowing();
			playWeek(workers, events, pledgeKeys, tipSlugs);
			this.out.println("  Waiting for the payment provider's last confirmations…");
			this.donations.settle(WAIT);
		}
		finally {
			this.donations.stopFollowing();
			workers.shutdownNow();
		}
		this.donations.refund(this.plan.refunds());
		withdrawSomePledges();
		countPromotions();
		approveMessages();
		DemoTally tally = this.tally.snapshot(this.http.rateLimited.get());
		new DemoSummary(this.out, this.calendar).print(tally, Duration.between(began, Instant.now()));

		this.out.println("Checking against GET /api/dashboard/totals …");
		Map<String, Long> expected = DashboardCheck.expected(before, tally);
		List<String> differences = this.dashboard.awaitMatch(expected, WAIT);
		if (differences.isEmpty()) {
			this.out.println("MATCH: the dashboard shows exactly these figures, to the penny"
					+ (before.values().stream().anyMatch((value) -> value != 0) ? " (on top of what it held before)."
							: "."));
		}
		else {
			this.out.println("DIFFERENT after " + WAIT.toSeconds() + " s:");
			differences.forEach((difference) -> this.out.println("  " + difference));
		}
		return new DemoOutcome(tally, expected, differences);
	}

	private List<String> pledgeCatalogue() throws InterruptedException {
		Answer counts = this.http.get(this.targets.pledges().resolve("/api/pledges/counts"), As.SUPPORTER);
		List<String> keys = new ArrayList<>();
		counts.body().forEach((entry) -> keys.add(entry.path("catalogueKey").asString()));
		if (keys.isEmpty() && this.plan.pledgeRequests() > 0) {
			throw new DemoException(
					"The pledge catalogue is empty (GET /api/pledges/counts answered " + counts.status() + ")");
		}
		return keys;
	}

	private List<String> publishedTips() throws InterruptedException {
		Answer tips = this.http.get(this.targets.tips().resolve("/api/tips/manage"), As.STAFF);
		List<String> slugs = new ArrayList<>();
		tips.body().forEach((tip) -> {
			if ("PUBLISHED".equals(tip.path("status").asString())) {
				slugs.add(tip.path("slug").asString());
			}
		});
		if (slugs.isEmpty() && this.plan.tipReads() > 0) {
			throw new DemoException("No tip is published (GET /api/tips/manage answered " + tips.status() + ")");
		}
		return slugs;
	}

	/**
	 * Partners submit their events before the week; staff decide each in the dashboard's
	 * queue (all approved but the last, when there are three or more, which is sent back
	 * with a reason); the approved ones open for sign-ups.
	 */
	private List<ListedEvent> submitAndModerateEvents() throws InterruptedException {
		List<ListedEvent> submitted = new ArrayList<>();
		for (int i = 0; i < this.plan.events(); i++) {
			PartnerEvent template = PartnerEvent.TEMPLATES.get(i % PartnerEvent.TEMPLATES.size());
			LocalDate day = this.calendar.firstDay().plusDays(i % CampaignCalendar.DAYS);
			Answer answer = this.http.post(this.targets.localEvents().resolve("/api/partner/events"), As.PARTNER,
					template.submission(day));
			if (answer.status() != 201) {
				throw new DemoException("Submitting a partner event answered " + answer.status() + ": "
						+ answer.body().path("detail").asString()
						+ ((answer.status() == 401) ? " (is the demo partner key configured in local-events?)" : ""));
			}
			submitted.add(new ListedEvent(answer.body().path("localEventId").asString(), template));
		}
		this.out.printf("  %d partner events submitted; staff decide them in the moderation queue…%n",
				submitted.size());
		List<ListedEvent> approved = new ArrayList<>();
		for (int i = 0; i < submitted.size(); i++) {
			ListedEvent event = submitted.get(i);
			awaitInModerationQueue(event.id());
			boolean reject = submitted.size() >= 3 && i == submitted.size() - 1;
			Object decision = reject
					? object("decision", "REJECTED", "reason",
							"Please add the venue's step-free access details and send it again.")
					: object("decision", "APPROVED");
			Answer decided = this.http.postWithoutKey(
					this.targets.dashboard().resolve("/api/dashboard/moderation/" + event.id() + "/decision"), As.STAFF,
					decision);
			if (!decided.ok()) {
				throw new DemoException("Deciding " + event.id() + " answered " + decided.status());
			}
			if (reject) {
				this.tally.eventsRejected.incrementAndGet();
			}
			else {
				approved.add(event);
			}
		}
		for (ListedEvent event : approved) {
			awaitOpenForSignUps(event.id());
			this.tally.eventsApproved.incrementAndGet();
		}
		return approved;
	}

	private void awaitInModerationQueue(String itemId) throws InterruptedException {
		URI queue = this.targets.dashboard().resolve("/api/dashboard/moderation");
		Instant deadline = Instant.now().plus(WAIT);
		while (Instant.now().isBefore(deadline)) {
			for (JsonNode item : this.http.get(queue, As.STAFF).body()) {
				if (itemId.equals(item.path("itemId").asString())) {
					return;
				}
			}
			TimeUnit.MILLISECONDS.sleep(300);
		}
		throw new DemoException(itemId + " did not reach the moderation queue in " + WAIT.toSeconds() + " s");
	}

	private void awaitOpenForSignUps(String eventId) throws InterruptedException {
		URI places = this.targets.localEvents().resolve("/api/events/" + eventId + "/places");
		Instant deadline = Instant.now().plus(WAIT);
		while (Instant.now().isBefore(deadline)) {
			Answer answer = this.http.get(places, As.SUPPORTER);
			if (answer.status() == 200 && answer.body().path("open").asBoolean()) {
				return;
			}
			TimeUnit.MILLISECONDS.sleep(300);
		}
		throw new DemoException(eventId + " was approved but not open for sign-ups after " + WAIT.toSeconds() + " s");
	}

	/**
	 * Hour by hour, compressed: each hour's requests go out together (a few at a time),
	 * then the demo waits for the hour's share of the clock.
	 */
	private void playWeek(ExecutorService workers, List<ListedEvent> events, List<String> pledgeKeys,
			List<String> tipSlugs) throws InterruptedException {
		List<CampaignWeek.Hour> hours = CampaignWeek.hours(this.calendar, this.plan);
		long hourNanos = this.plan.week().toNanos() / hours.size();
		ProgressBar progress = new ProgressBar(this.out, System.console() != null, hours.size());
		int donors = Math.max(1, this.plan.donations() * 4 / 5);
		int signUpNumber = 0;
		int owedCancellations = 0;
		long start = System.nanoTime();
		for (int i = 0; i < hours.size(); i++) {
			CampaignWeek.Hour hour = hours.get(i);
			List<Future<?>> requests = new ArrayList<>();
			for (int n = 0; n < hour.donations(); n++) {
				// about one donor in five gives twice in the week
				Donations.Gift gift = Donations.Gift.of(this.supporters,
						this.supporters.email("donor", this.supporters.upTo(donors)), hour);
				requests.add(workers.submit(() -> this.donations.give(gift)));
			}
			for (int n = 0; n < hour.pledges(); n++) {
				Object request = pledgeRequest(pledgeKeys,
						this.supporters.email("donor", this.supporters.upTo(donors)));
				requests.add(workers.submit(() -> pledge(request)));
			}
			for (int n = 0; n < hour.signUps() && !events.isEmpty(); n++) {
				// the first event is a small circle that fills up, so some wait for a
				// place
				ListedEvent event = (signUpNumber % 3 == 0) ? events.get(0)
						: events.get(this.supporters.upTo(events.size()));
				Object form = object("name", this.supporters.firstName() + " " + this.supporters.surname(), "email",
						this.supporters.email("attendee", signUpNumber), "shareWithOrganiser",
						this.supporters.chance(0.7));
				signUpNumber++;
				requests.add(workers.submit(() -> signUp(event, form)));
			}
			// only places already confirmed can be given up; the rest wait for a later
			// hour
			int cancelling = Math.min(hour.cancellations() + owedCancellations, this.confirmed.size());
			owedCancellations += hour.cancellations() - cancelling;
			for (int n = 0; n < cancelling; n++) {
				requests.add(workers.submit(this::cancelOneSignUp));
			}
			for (int n = 0; n < hour.tipReads() && !tipSlugs.isEmpty(); n++) {
				String slug = this.supporters.any(tipSlugs);
				requests.add(workers.submit(() -> readTip(slug)));
			}
			awaitAll(requests);
			progress.show(i + 1, hour, this.tally);
			long due = start + (i + 1) * hourNanos;
			long early = due - System.nanoTime();
			if (early > 0) {
				TimeUnit.NANOSECONDS.sleep(early);
			}
		}
		progress.finish();
		for (int n = 0; n < owedCancellations; n++) {
			cancelOneSignUp();
		}
	}

	private static void awaitAll(List<Future<?>> requests) throws InterruptedException {
		for (Future<?> request : requests) {
			try {
				request.get();
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException failure) {
					throw failure;
				}
				throw new DemoException(String.valueOf(ex.getCause()));
			}
		}
	}

	private Object pledgeRequest(List<String> keys, String email) {
		List<String> chosen = new ArrayList<>();
		int wanted = 1 + this.supporters.upTo(Math.min(3, keys.size()));
		while (chosen.size() < wanted) {
			String key = this.supporters.any(keys);
			if (!chosen.contains(key)) {
				chosen.add(key);
			}
		}
		Place place = this.supporters.place();
		return object("catalogueKeys", chosen, "email", email, "firstName", this.supporters.firstName(), "anonymous",
				this.supporters.chance(0.2), "region", place.region().name(), "message",
				this.supporters.chance(0.2) ? this.supporters.message() : null, "contactConsent", false);
	}

	private Void pledge(Object request) throws InterruptedException {
		Answer answer = this.http.post(this.targets.pledges().resolve("/api/pledges"), As.SUPPORTER, request);
		if (!answer.ok()) {
			throw new DemoException(
					"POST /api/pledges answered " + answer.status() + ": " + answer.body().path("detail").asString());
		}
		for (JsonNode taken : answer.body().path("pledges")) {
			if (!taken.path("alreadyMade").asBoolean()) {
				this.tally.pledgesMade.incrementAndGet();
				this.pledges
					.add(new Pledge(taken.path("pledgeId").asString(), taken.path("withdrawalToken").asString()));
			}
		}
		return null;
	}

	private Void signUp(ListedEvent event, Object form) throws InterruptedException {
		Answer answer = this.http.post(this.targets.localEvents().resolve("/api/events/" + event.id() + "/sign-ups"),
				As.SUPPORTER, form);
		if (!answer.ok()) {
			throw new DemoException("Signing up to " + event.id() + " answered " + answer.status() + ": "
					+ answer.body().path("detail").asString());
		}
		String status = answer.body().path("status").asString();
		String url = answer.body().path("signUpUrl").asString();
		SignUp signUp = new SignUp(event.id(), url.substring(url.lastIndexOf('/') + 1));
		if (answer.body().path("alreadySignedUp").asBoolean()) {
			return null;
		}
		if ("CONFIRMED".equals(status)) {
			this.tally.signUpsConfirmed.incrementAndGet();
			this.confirmed.add(signUp);
		}
		else if ("WAITLISTED".equals(status)) {
			this.tally.signUpsWaitlisted.incrementAndGet();
			this.waitlisted.add(signUp);
		}
		else {
			this.tally.signUpsUndecided.incrementAndGet();
		}
		return null;
	}

	/**
	 * Someone's plans change: a confirmed place is given up (and a waitlist moves on).
	 */
	private Void cancelOneSignUp() throws InterruptedException {
		SignUp signUp = this.confirmed.poll();
		if (signUp == null) {
			return null;
		}
		Answer answer = this.http.delete(this.targets.localEvents().resolve("/api/events/sign-ups/" + signUp.token()),
				Map.of());
		if (!answer.ok()) {
			throw new DemoException("Cancelling a sign-up answered " + answer.status());
		}
		if ("CANCELLED".equals(answer.body().path("status").asString())) {
			this.tally.signUpsCancelled.incrementAndGet();
		}
		return null;
	}

	private Void readTip(String slug) throws InterruptedException {
		// no cookie is kept, so each read is a new reader's: each one counts
		Answer answer = this.http.get(this.targets.tips().resolve("/tips/" + slug), As.SUPPORTER);
		if (answer.status() == 200) {
			this.tally.tipReads.incrementAndGet();
		}
		return null;
	}

	private void withdrawSomePledges() throws InterruptedException {
		int withdrawals = Math.min(this.pledges.size(), Math.max(1, this.plan.pledgeRequests() / 8));
		for (int i = 0; i < withdrawals; i++) {
			Pledge pledge = this.pledges.poll();
			Answer answer = this.http.delete(this.targets.pledges().resolve("/api/pledges/" + pledge.pledgeId()),
					Map.of("Withdrawal-Token", pledge.withdrawalToken()));
			if (!answer.ok()) {
				throw new DemoException("Withdrawing a pledge answered " + answer.status());
			}
			this.tally.pledgesWithdrawn.incrementAndGet();
		}
	}

	/** A cancellation gives the first on the waitlist the place: count those. */
	private void countPromotions() throws InterruptedException {
		for (SignUp signUp : this.waitlisted) {
			Answer answer = this.http.get(this.targets.localEvents().resolve("/api/events/sign-ups/" + signUp.token()),
					As.SUPPORTER);
			if ("CONFIRMED".equals(answer.body().path("status").asString())) {
				this.tally.promotions.incrementAndGet();
				this.tally.signUpsConfirmed.incrementAndGet();
			}
		}
	}

	/** Staff approve the demo's messages for the ticker and the pledge wall. */
	private void approveMessages() throws InterruptedException {
		URI queue = this.targets.dashboard().resolve("/api/dashboard/moderation");
		for (JsonNode item : this.http.get(queue, As.STAFF).body()) {
			String kind = item.path("kind").asString();
			boolean ours = Supporters.MESSAGES.contains(item.path("text").asString());
			if (ours && (kind.equals("DONOR_MESSAGE") || kind.equals("PLEDGE_MESSAGE"))) {
				// 409 when someone decided it meanwhile: nothing to do
				this.http.postWithoutKey(
						this.targets.dashboard()
							.resolve("/api/dashboard/moderation/" + item.path("itemId").asString() + "/decision"),
						As.STAFF, object("decision", "APPROVED"));
			}
		}
	}

	/**
	 * An approved partner event.
	 *
	 * @param id its id
	 * @param template what it is
	 */
	record ListedEvent(String id, PartnerEvent template) {

	}

	/**
	 * A sign-up the demo made.
	 *
	 * @param eventId its event
	 * @param token the private link's token
	 */
	record SignUp(String eventId, String token) {

	}

	/**
	 * A pledge the demo made.
	 *
	 * @param pledgeId its id
	 * @param withdrawalToken the proof that withdraws it
	 */
	record Pledge(String pledgeId, String withdrawalToken) {

	}

}
