package org.mhaw.localevents.place;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.mhaw.localevents.log.PrivateRecord;

/**
 * The records places are decided from, on the private places topic, keyed by local event
 * id: one partition holds every record about one event's places, in one order. Each
 * confirmation, waitlisting and promotion is a function of that order alone.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = PlacesRecord.Opened.class, name = "places.opened"),
		@JsonSubTypes.Type(value = PlacesRecord.Closed.class, name = "places.closed"),
		@JsonSubTypes.Type(value = PlacesRecord.SignUpRequested.class, name = "places.sign-up-requested"),
		@JsonSubTypes.Type(value = PlacesRecord.CancellationRequested.class, name = "places.cancellation-requested") })
sealed interface PlacesRecord extends PrivateRecord {

	String localEventId();

	/** Identifies the request, so the one who made it can wait for its decision. */
	String requestId();

	@Override
	default String key() {
		return localEventId();
	}

	/**
	 * Staff approved a revision: sign-ups open with its capacity ({@code null}:
	 * unlimited).
	 */
	record Opened(String localEventId, String requestId, Integer capacity) implements PlacesRecord {

	}

	/** The event was cancelled: no more sign-ups or promotions. */
	record Closed(String localEventId, String requestId) implements PlacesRecord {

	}

	/**
	 * A supporter asked for a place. The personal details stay on this private topic; the
	 * shared topic carries only the opaque supporter id.
	 */
	record SignUpRequested(String localEventId, String requestId, String supporterId, String name, String email,
			String accessNeeds, boolean shareWithOrganiser, Instant requestedAt) implements PlacesRecord {

	}

	/** A supporter, with their cancel link, gave up their place or waitlist spot. */
	record CancellationRequested(String localEventId, String requestId, String signUpId) implements PlacesRecord {

	}

}
