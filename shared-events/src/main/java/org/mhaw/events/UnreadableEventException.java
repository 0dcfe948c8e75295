package org.mhaw.events;

/**
 * A record's bytes are not an event this build can read: broken JSON, a missing envelope
 * field, or an unknown type. Consumers do not retry these; they dead-letter the record
 * and carry on.
 */
public class UnreadableEventException extends RuntimeException {

	public UnreadableEventException(String message) {
		super(message);
	}

	public UnreadableEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
