package org.mhaw.localevents.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.mhaw.localevents.log.PrivateRecord;

/**
 * The private half of an event: its text and contact details, one record per revision.
 * The shared topic says the rest (submitted, approved, rejected, cancelled).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = EventRecord.DetailsRecorded.class, name = "local-event.details-recorded") })
sealed interface EventRecord extends PrivateRecord {

	record DetailsRecorded(String localEventId, String partnerId, int revision,
			EventDetails details) implements EventRecord {

		@Override
		public String key() {
			return this.localEventId;
		}

	}

}
