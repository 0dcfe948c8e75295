package org.mhaw.benchmarks;

import java.time.Duration;

/**
 * How a wrk run offers its requests.
 *
 * @param connections connections wrk keeps open: the most requests in flight
 * @param perSecond requests per second offered in all, paced; 0 for a closed loop (each
 * connection sends again as soon as it is answered)
 * @param send how long requests are sent, or {@code null} to send until they are all used
 * up
 */
record Offer(int connections, int perSecond, Duration send) {

	static Offer closedLoop(int connections, Duration send) {
		return new Offer(connections, 0, send);
	}

	static Offer paced(int connections, int perSecond, Duration send) {
		return new Offer(connections, perSecond, send);
	}

	static Offer untilUsedUp(int connections) {
		return new Offer(connections, 0, null);
	}

	/** The same offer, sent for {@code send}. */
	Offer lasting(Duration send) {
		return new Offer(this.connections, this.perSecond, send);
	}

	boolean paced() {
		return this.perSecond > 0;
	}

	@Override
	public String toString() {
		return (paced() ? "paced at " + this.perSecond + "/s over " + this.connections + " connections"
				: "closed loop, " + this.connections + " connections")
				+ ((this.send != null) ? ", " + this.send.toSeconds() + " s" : "");
	}

}
