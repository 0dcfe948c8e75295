package org.mhaw.events;

/**
 * How one kind of event travels: its logical name on the wire (never a Java class name),
 * its schema version and its topic.
 *
 * @param name logical type name, such as {@code donation.received}
 * @param version schema version; a change that is not just an added optional field gets a
 * new one
 * @param topic the topic the event is published to
 * @param javaType the record that carries it
 */
public record EventType(String name, int version, String topic, Class<? extends DomainEvent> javaType) {

}
