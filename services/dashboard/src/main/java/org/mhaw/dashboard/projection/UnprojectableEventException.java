package org.mhaw.dashboard.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record the dashboard cannot project (unreadable, or an event that breaks the
 * projection). Not retried: it goes to the dead-letter topic and the consumer carries on.
 */
class UnprojectableEventException extends RuntimeException {

	UnprojectableEventException(ConsumerRecord<?, ?> record) {
		super("cannot project " + record.topic() + "-" + record.partition() + "@" + record.offset());
	}

}
