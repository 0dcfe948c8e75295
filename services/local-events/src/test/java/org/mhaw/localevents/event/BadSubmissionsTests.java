package org.mhaw.localevents.event;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.localevent.LocalEventSubmitted;
import org.mhaw.localevents.LocalEventsClient;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad submission is a 4xx problem+json naming the field, and nothing reaches a
 * topic.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@DirtiesContext
class BadSubmissionsTests {

	private static final String GOOD = LocalEventsClient.eventJson("Walk and talk", 3, "20");

	private static LocalEventsClient client;

	private static LocalEventsClient.Partner partner;

	@BeforeAll
	static void registerPartner(@LocalServerPort int port) {
		client = new LocalEventsClient(port);
		partner = client.registerPartner("Careful Partner");
	}

	static Stream<Arguments> badSubmissions() {
		String day3 = LocalEventsClient.campaignDay(3).toString();
		return Stream.of(
				Arguments.of("starts before the week",
						GOOD.replace(day3 + "T10:00", LocalEventsClient.campaignDay(0) + "T10:00"), "startsAt"),
				Arguments.of("ends after the week",
						GOOD.replace(day3 + "T11:30", LocalEventsClient.campaignDay(8) + "T11:30"), "endsAt"),
				Arguments.of("starts after the week",
						GOOD.replace(day3 + "T10:00", LocalEventsClient.campaignDay(9) + "T10:00")
							.replace(day3 + "T11:30", LocalEventsClient.campaignDay(9) + "T11:30"),
						"startsAt"),
				Arguments.of("ends before it starts", GOOD.replace("T11:30", "T09:00"), "endsAt"),
				Arguments.of("ends when it starts", GOOD.replace("T11:30", "T10:00"), "endsAt"),
				Arguments.of("no capacity", GOOD.replace("\"capacity\":20", "\"capacity\":0"), "capacity"),
				Arguments.of("negative capacity", GOOD.replace("\"capacity\":20", "\"capacity\":-5"), "capacity"),
				Arguments.of("fractional capacity", GOOD.replace("\"capacity\":20", "\"capacity\":2.5"), "capacity"),
				Arguments.of("10,000-character title", GOOD.replace("Walk and talk", "a".repeat(10_000)), "title"),
				Arguments.of("blank title", GOOD.replace("Walk and talk", "  "), "title"),
				Arguments.of("unknown category", GOOD.replace("MOVEMENT", "KARAOKE"), "category"),
				Arguments.of("unknown field", GOOD.replaceFirst("\\{", "{\"colour\":\"green\","), "colour"),
				Arguments.of("not a postcode", GOOD.replace("ls8 2hh", "NOT A POSTCODE"), "venue.postcode"),
				Arguments.of("no venue", GOOD.replaceFirst("\"venue\":\\{[^}]*},", ""), "venue"),
				Arguments.of("no region", GOOD.replace("\"region\":\"YORKSHIRE_AND_THE_HUMBER\",", ""), "region"),
				Arguments.of("no way to contact", GOOD.replace("\"email\":\"walks@example.org\"", "\"email\":null"),
						"contact"),
				Arguments.of("not a date", GOOD.replace(day3 + "T10:00", "next Tuesday"), "startsAt"),
				Arguments.of("broken JSON", GOOD.substring(0, 40), null), Arguments.of("no body at all", "", null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badSubmissions")
	void isRefusedNamingTheFieldAndPublishesNothing(String what, String body, String field) {
		HttpResponse<String> response = client.submit(partner.apiKey(), body);

		assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = LocalEventsClient.json(response);
		if (field != null) {
			assertThat(problem.path("field").asString()).as(response.body()).isEqualTo(field);
		}
		assertThat(TopicReader.events(Topics.LOCAL_EVENTS).stream().map(EventEnvelope::payload))
			.noneSatisfy((payload) -> assertThat(payload).isInstanceOfSatisfying(LocalEventSubmitted.class,
					(submitted) -> assertThat(submitted.partnerId()).isEqualTo(partner.partnerId())));
	}

}
