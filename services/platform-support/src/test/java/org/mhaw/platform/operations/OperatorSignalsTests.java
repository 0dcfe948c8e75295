package org.mhaw.platform.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.tip.TipRead;
import org.mhaw.platform.operations.OperationsTestApplication.SlowListener;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator relies on, checked on a real broker: consumer lag per group, topic and
 * partition, a count of dead-lettered records, and one trace id from the HTTP request to
 * the consumer's log line.
 */
@SpringBootTest(classes = OperationsTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=ops-check", "mhaw.operations.lag-sample-interval=200ms" })
@RealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class OperatorSignalsTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private KafkaTemplate<String, EventEnvelope> template;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Autowired
	private SlowListener slowListener;

	@LocalServerPort
	private int port;

	@Test
	void reportsConsumerLagPerGroupTopicAndPartitionUntilTheListenerCatchesUp() throws Exception {
		for (int i = 0; i < 5; i++) {
			send(OperationsTestApplication.LAG_TOPIC, "lag-" + i);
		}

		this.listeners.getListenerContainer(SlowListener.ID).start();

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(lag()).isEqualTo(4.0));
		this.slowListener.release.countDown();
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(lag()).isZero());
	}

	@Test
	void countsEachDeadLetteredRecordByItsOriginalTopic() throws Exception {
		send(OperationsTestApplication.POISON_TOPIC, "poison-1");
		send(OperationsTestApplication.POISON_TOPIC, "poison-2");

		await().atMost(PATIENCE).untilAsserted(() -> {
			Counter deadLettered = this.meters.find("mhaw.kafka.dead.lettered")
				.tag("topic", OperationsTestApplication.POISON_TOPIC)
				.counter();
			assertThat(deadLettered).isNotNull();
			assertThat(deadLettered.count()).isEqualTo(2.0);
		});
		assertThat(TopicReader.records(Topics.deadLetterOf(OperationsTestApplication.POISON_TOPIC))).hasSize(2);
	}

	/**
	 * Only a sample of traces is recorded as spans (flag 01), but every request's trace
	 * id reaches the logs and the records, sampled or not (flag 00).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "01", "00" })
	void traceIdOfTheRequestIsInTheConsumersLogAndTheRecordsHeaders(String sampledFlag, CapturedOutput output)
			throws Exception {
		String traceId = UUID.randomUUID().toString().replace("-", "");
		String slug = "trace-" + sampledFlag + "-" + traceId.substring(0, 8);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/ops-check/trace/" + slug))
			.header("traceparent", "00-" + traceId + "-b7ad6b7169203331-" + sampledFlag)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(lineWith(output, "consumed trace check " + slug)).contains(traceId));
		assertThat(lineWith(output, "accepted trace check " + slug)).contains(traceId);
		ConsumerRecord<String, byte[]> published = TopicReader.records(OperationsTestApplication.TRACE_TOPIC)
			.stream()
			.filter((record) -> record.key().equals("tip-" + slug))
			.findFirst()
			.orElseThrow();
		Header traceparent = published.headers().lastHeader("traceparent");
		assertThat(traceparent).isNotNull();
		assertThat(new String(traceparent.value(), StandardCharsets.UTF_8)).contains(traceId);
	}

	private Double lag() {
		Gauge gauge = this.meters.find(ConsumerLagMetrics.METER)
			.tag("group", "ops-check-lag")
			.tag("topic", OperationsTestApplication.LAG_TOPIC)
			.tag("partition", "0")
			.gauge();
		return (gauge != null) ? gauge.value() : null;
	}

	private void send(String topic, String slug) throws Exception {
		EventEnvelope envelope = EventEnvelope.wrap("ops-check", new TipRead("tip-" + slug, slug), Clock.systemUTC());
		this.template.send(topic, envelope.aggregateKey(), envelope).get();
	}

	private static String lineWith(CapturedOutput output, String text) {
		return Arrays.stream(output.getAll().split("\\R")).filter((line) -> line.contains(text)).findFirst().orElse("");
	}

}
