package org.mhaw.platform.operations;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.tip.TipRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service with the platform's operational wiring as it ships, plus one slow listener,
 * one that always fails and one HTTP endpoint that publishes, each on its own topic so
 * other tests sharing the broker never see them. Its {@code main} runs it against a local
 * broker and Redis, to look at its logs by hand (for example with
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}).
 */
@SpringBootApplication
class OperationsTestApplication {

	static final String LAG_TOPIC = "ops-check.lag";

	static final String POISON_TOPIC = "ops-check.poison";

	static final String TRACE_TOPIC = "ops-check.trace";

	private static final Logger logger = LoggerFactory.getLogger(OperationsTestApplication.class);

	public static void main(String[] args) {
		SpringApplication.run(OperationsTestApplication.class, args);
	}

	@Bean
	KafkaAdmin.NewTopics operationsCheckTopics() {
		return new KafkaAdmin.NewTopics(new NewTopic(LAG_TOPIC, 1, (short) 1), new NewTopic(POISON_TOPIC, 1, (short) 1),
				new NewTopic(Topics.deadLetterOf(POISON_TOPIC), 1, (short) 1), new NewTopic(TRACE_TOPIC, 1, (short) 1));
	}

	@Bean
	SlowListener slowListener() {
		return new SlowListener();
	}

	@Bean
	PoisonListener poisonListener() {
		return new PoisonListener();
	}

	/** Started by the test once records wait; holds the first record until released. */
	static class SlowListener {

		static final String ID = "ops-check-lag";

		final CountDownLatch release = new CountDownLatch(1);

		@KafkaListener(id = ID, topics = LAG_TOPIC, groupId = "ops-check-lag", autoStartup = "false",
				properties = "max.poll.records=1")
		void on(EventEnvelope envelope) throws InterruptedException {
			this.release.await(30, TimeUnit.SECONDS);
		}

	}

	static class PoisonListener {

		@KafkaListener(topics = POISON_TOPIC, groupId = "ops-check-poison")
		void on(EventEnvelope envelope) {
			throw new IllegalStateException("this record can never be processed");
		}

	}

	@RestController
	static class TraceCheck {

		private final KafkaTemplate<String, EventEnvelope> template;

		TraceCheck(KafkaTemplate<String, EventEnvelope> template) {
			this.template = template;
		}

		@PostMapping("/api/ops-check/trace/{slug}")
		String publish(@PathVariable String slug) throws Exception {
			logger.info("accepted trace check {}", slug);
			EventEnvelope envelope = EventEnvelope.wrap("ops-check", new TipRead("tip-" + slug, slug),
					Clock.systemUTC());
			this.template.send(TRACE_TOPIC, envelope.aggregateKey(), envelope).get(10, TimeUnit.SECONDS);
			return envelope.eventId().toString();
		}

		@KafkaListener(topics = TRACE_TOPIC, groupId = "ops-check-trace")
		void on(ConsumerRecord<String, EventEnvelope> record) {
			if (record.value().payload() instanceof TipRead read) {
				logger.info("consumed trace check {}", read.slug());
			}
		}

	}

}
