package org.mhaw.events;

/**
 * One fact that happened on the platform, as it travels on a topic inside an
 * {@link EventEnvelope}. Records only: no framework types, no personal data (opaque ids,
 * amounts, regions, categories).
 */
public interface DomainEvent {

	/**
	 * The id of the aggregate this event belongs to. It is the Kafka record key, so every
	 * event of one aggregate lands on one partition and stays in order.
	 * @return the aggregate key
	 */
	String aggregateKey();

}
