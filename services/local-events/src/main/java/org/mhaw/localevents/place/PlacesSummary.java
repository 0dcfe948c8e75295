package org.mhaw.localevents.place;

/**
 * An event's places now.
 *
 * @param capacity places, or {@code null} for unlimited
 * @param confirmed places taken
 * @param waitlisted supporters waiting
 * @param placesLeft places free, or {@code null} when unlimited
 * @param open whether sign-ups are taken
 */
public record PlacesSummary(Integer capacity, int confirmed, int waitlisted, Integer placesLeft, boolean open) {

	static final PlacesSummary CLOSED = new PlacesSummary(null, 0, 0, null, false);

}
