package org.mhaw.platform.kafka;

/**
 * The broker did not acknowledge an event in time. The request that caused it must not
 * answer 2xx: the caller retries with the same idempotency key.
 */
public class EventNotPublishedException extends RuntimeException {

	public EventNotPublishedException(String message, Throwable cause) {
		super(message, cause);
	}

}
