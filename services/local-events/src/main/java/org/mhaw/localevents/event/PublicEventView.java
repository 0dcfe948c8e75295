package org.mhaw.localevents.event;

import org.mhaw.localevents.place.PlacesSummary;

/**
 * A listed event as supporters see it: the approved revision (never the partner's contact
 * details beyond what they gave for attendees) and its places now.
 *
 * @param localEventId the event's id
 * @param details the approved revision
 * @param places places taken, left and waiting
 */
public record PublicEventView(String localEventId, EventDetails details, PlacesSummary places) {

}
