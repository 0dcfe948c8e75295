package org.mhaw.localevents.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mhaw.events.EventCodec;
import org.mhaw.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * State folded from topics: on start, every topic it follows is read to its end before
 * the web server and the listeners start (a lower phase starts first), so the service is
 * never ready with half its state; then the topics are followed on threads of their own.
 */
public abstract class RebuiltFromLog implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(RebuiltFromLog.class);

	private final List<LogTail> tails = new ArrayList<>();

	private final int phase;

	private volatile boolean running;

	/**
	 * @param phase when to start relative to the others that are rebuilt (all negative:
	 * before anything that serves or consumes)
	 */
	protected RebuiltFromLog(int phase) {
		this.phase = phase;
	}

	/** Follows a topic from its first record; call from the constructor. */
	protected final void follow(String topic, Map<String, Object> consumerProperties,
			Consumer<List<ConsumerRecord<String, byte[]>>> handler) {
		this.tails.add(new LogTail(topic, consumerProperties, handler));
	}

	/** Runs before the topics are read, on start. */
	protected void beforeRebuild() {
	}

	/** Runs once every topic has been read to its end, on start. */
	protected abstract void rebuilt();

	@Override
	public void start() {
		this.running = true;
		beforeRebuild();
		this.tails.forEach(LogTail::catchUp);
		this.tails.forEach(LogTail::follow);
		rebuilt();
	}

	@Override
	public void stop() {
		this.running = false;
		this.tails.forEach(LogTail::stop);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

	/**
	 * Decodes shared-topic records; an unreadable one is logged and skipped (the
	 * consumers that own it dead-letter it).
	 */
	public static void eachEnvelope(List<ConsumerRecord<String, byte[]>> records, Consumer<EventEnvelope> apply) {
		for (ConsumerRecord<String, byte[]> record : records) {
			EventEnvelope envelope;
			try {
				envelope = EventCodec.decode(record.value());
			}
			catch (RuntimeException ex) {
				logger.warn("Unreadable record at offset {} of {}-{}; skipped", record.offset(), record.topic(),
						record.partition(), ex);
				continue;
			}
			apply.accept(envelope);
		}
	}

}
