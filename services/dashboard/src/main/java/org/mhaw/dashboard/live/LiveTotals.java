package org.mhaw.dashboard.live;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.mhaw.dashboard.DashboardSettings;
import org.mhaw.dashboard.projection.DashboardKeys;
import org.mhaw.dashboard.totals.Totals;
import org.mhaw.dashboard.totals.TotalsReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes fresh totals to every open page. Whichever instance applies a batch announces it
 * on Redis pub/sub; every instance hears it and reads the totals once and sends them to
 * all of its own subscribers: at once after a quiet spell, then at most once per push
 * interval ({@link PushThrottle}). So each instance pushes the same totals, whichever
 * consumed the event.
 */
@Component
public class LiveTotals {

	private static final Logger logger = LoggerFactory.getLogger(LiveTotals.class);

	/** Comments keep idle connections open through proxies that close silent ones. */
	private static final Duration HEARTBEAT = Duration.ofSeconds(20);

	/** Pages reconnect by themselves (EventSource) when a stream ends. */
	private static final long EMITTER_TIMEOUT_MS = Duration.ofMinutes(30).toMillis();

	/** What staff see: every number. */
	private static final Function<Totals, Object> EVERY_TOTAL = (totals) -> totals;

	/** What the public totaliser sees. */
	private static final Function<Totals, Object> PROGRESS_ONLY = PublicProgress::of;

	private final TotalsReader reader;

	private final JsonMapper json;

	private final RedisClient redis;

	private final DashboardKeys keys;

	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "dashboard-live-push");
		thread.setDaemon(true);
		return thread;
	});

	private final PushThrottle throttle;

	private final Thread listener;

	private final JedisPubSub changes = new JedisPubSub() {
		@Override
		public void onMessage(String channel, String message) {
			LiveTotals.this.throttle.changed();
		}
	};

	private volatile boolean closed;

	/** Only the pusher thread reads or writes it: logs a run of failed reads once. */
	private boolean failing;

	LiveTotals(TotalsReader reader, JsonMapper json, RedisClient redis, DashboardKeys keys,
			DashboardSettings settings) {
		this.reader = reader;
		this.json = json;
		this.redis = redis;
		this.keys = keys;
		this.throttle = new PushThrottle(settings.pushInterval(), this::schedule, this::push);
		this.pusher.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
				TimeUnit.MILLISECONDS);
		this.listener = new Thread(this::listen, "dashboard-live-changes");
		this.listener.setDaemon(true);
		this.listener.start();
	}

	/** A stream of every total, for staff. */
	public SseEmitter subscribeToTotals() {
		return subscribe(EVERY_TOTAL);
	}

	/** A stream of the total and progress only, for the public totaliser. */
	public SseEmitter subscribeToProgress() {
		return subscribe(PROGRESS_ONLY);
	}

	private SseEmitter subscribe(Function<Totals, Object> view) {
		SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT_MS);
		Subscriber subscriber = new Subscriber(emitter, view);
		emitter.onCompletion(() -> this.subscribers.remove(subscriber));
		emitter.onTimeout(() -> this.subscribers.remove(subscriber));
		emitter.onError((ex) -> this.subscribers.remove(subscriber));
		if (this.closed) {
			emitter.complete();
			return emitter;
		}
		this.subscribers.add(subscriber);
		// The current numbers straight away, then every change.
		Totals totals = this.reader.read();
		send(subscriber, this.json.writeValueAsString(subscriber.view().apply(totals)));
		return emitter;
	}

	private void listen() {
		while (!this.closed) {
			try {
				this.redis.subscribe(this.changes, this.keys.changedChannel());
			}
			catch (RuntimeException ex) {
				if (!this.closed) {
					logger.warn("Lost the dashboard's change channel; resubscribing", ex);
					// A change may have been announced while nobody listened.
					this.throttle.changed();
					sleepBeforeRetry();
				}
			}
		}
	}

	/**
	 * One totals read for all of this instance's pages, and each view written as JSON
	 * once, so a push costs one read and a socket write per page, however many pages are
	 * open.
	 */
	private void push() {
		if (this.subscribers.isEmpty()) {
			// A page that opens later is sent the current totals when it subscribes.
			return;
		}
		try {
			Totals totals = this.reader.read();
			Map<Function<Totals, Object>, String> written = new HashMap<>();
			for (Subscriber subscriber : this.subscribers) {
				send(subscriber, written.computeIfAbsent(subscriber.view(),
						(view) -> this.json.writeValueAsString(view.apply(totals))));
			}
			this.failing = false;
		}
		catch (RuntimeException ex) {
			if (!this.failing) {
				logger.warn("Could not read totals to push; trying again every push interval", ex);
			}
			this.failing = true;
			this.throttle.changed();
		}
	}

	private void schedule(Runnable task, Duration delay) {
		try {
			this.pusher.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// Shutting down: the streams are being completed, nothing is left to push to.
		}
	}

	private void send(Subscriber subscriber, String data) {
		try {
			subscriber.emitter().send(SseEmitter.event().name("totals").data(data));
		}
		catch (IOException | IllegalStateException ex) {
			// The page went away; its emitter's callbacks remove it.
			this.subscribers.remove(subscriber);
		}
	}

	private void heartbeat() {
		for (Subscriber subscriber : this.subscribers) {
			try {
				subscriber.emitter().send(SseEmitter.event().comment("still here"));
			}
			catch (IOException | IllegalStateException ex) {
				this.subscribers.remove(subscriber);
			}
		}
	}

	/**
	 * Ends every open stream when the application stops; an open emitter would otherwise
	 * hold graceful shutdown for its whole timeout.
	 */
	@EventListener(ContextClosedEvent.class)
	void close() {
		this.closed = true;
		this.pusher.shutdownNow();
		this.subscribers.forEach((subscriber) -> subscriber.emitter().complete());
		this.subscribers.clear();
		try {
			if (this.changes.isSubscribed()) {
				this.changes.unsubscribe();
			}
		}
		catch (RuntimeException ex) {
			// Redis already gone: the listener thread is a daemon and ends with the JVM.
		}
	}

	private void sleepBeforeRetry() {
		try {
			TimeUnit.SECONDS.sleep(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Subscriber(SseEmitter emitter, Function<Totals, Object> view) {

	}

	/**
	 * What the public totaliser may show: no staff data.
	 *
	 * @param raisedPence total raised
	 * @param targetPence the target
	 * @param percent progress as a whole percentage
	 */
	public record PublicProgress(long raisedPence, long targetPence, long percent) {

		public static PublicProgress of(Totals totals) {
			return new PublicProgress(totals.donations().raisedPence(), totals.progress().targetPence(),
					totals.progress().percent());
		}

	}

}
