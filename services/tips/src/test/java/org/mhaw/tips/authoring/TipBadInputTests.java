package org.mhaw.tips.authoring;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mhaw.events.Topics;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TopicReader;
import org.mhaw.tips.TipsClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mhaw.testsupport.ProblemAssertions.assertProblem;

/**
 * Bad input to the authoring API is a 4xx naming the field; no tip is stored or
 * announced.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class TipBadInputTests {

	private static final String REST = "\"summary\":\"S\",\"body\":\"B\"";

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { "broken JSON | {\"title\": | unreadable-body | ",
			"audiences not a list | {\"title\":\"T\"," + REST
					+ ",\"audiences\":\"ADULTS\",\"topics\":[\"belonging\"]} | invalid-field | audiences",
			"unknown audience | {\"title\":\"T\"," + REST
					+ ",\"audiences\":[\"ALIENS\"],\"topics\":[\"belonging\"]} | invalid-field | audiences[0]",
			"audience a number | {\"title\":\"T\"," + REST
					+ ",\"audiences\":[-1],\"topics\":[\"belonging\"]} | invalid-field | audiences[0]",
			"catch-all audience | {\"title\":\"T\"," + REST
					+ ",\"audiences\":[\"OTHER\"],\"topics\":[\"belonging\"]} | invalid-field | audiences[0]",
			"unknown topic | {\"title\":\"T\"," + REST
					+ ",\"audiences\":[\"ADULTS\"],\"topics\":[\"belonging\",\"astrology\"]} | invalid-field | topics[1]",
			"title an object | {\"title\":{\"text\":\"T\"}," + REST
					+ ",\"audiences\":[\"ADULTS\"],\"topics\":[\"belonging\"]} | invalid-field | title",
			"missing title | {" + REST
					+ ",\"audiences\":[\"ADULTS\"],\"topics\":[\"belonging\"]} | invalid-field | title",
			"blank body | {\"title\":\"T\",\"summary\":\"S\",\"body\":\"  \",\"audiences\":[\"ADULTS\"],\"topics\":[\"belonging\"]} | invalid-field | body",
			"no audiences | {\"title\":\"T\"," + REST
					+ ",\"audiences\":[],\"topics\":[\"belonging\"]} | invalid-field | audiences",
			"unknown field | {\"title\":\"T\"," + REST
					+ ",\"audiences\":[\"ADULTS\"],\"topics\":[\"belonging\"],\"author\":\"me\"} | invalid-field | author" })
	void badInputIsAProblemNamingTheFieldAndStoresNothing(String name, String body, String type, String field) {
		TipsClient client = new TipsClient(this.port);
		int tipsBefore = TipsClient.json(client.staffGet("/api/tips/manage")).size();
		int eventsBefore = TopicReader.records(Topics.TIPS).size();

		HttpResponse<String> response = client.staffPost("/api/tips/manage", UUID.randomUUID().toString(), body);

		assertProblem(response, 400, type, field);
		assertThat(TipsClient.json(client.staffGet("/api/tips/manage")).size()).isEqualTo(tipsBefore);
		assertThat(TopicReader.records(Topics.TIPS)).hasSize(eventsBefore);
	}

	@Test
	void aTooLongTitleIsRefused() {
		HttpResponse<String> response = new TipsClient(this.port).staffPost("/api/tips/manage",
				UUID.randomUUID().toString(), TipsClient.draft("t".repeat(121), "Body."));

		assertProblem(response, 400, "invalid-field", "title");
	}

	@Test
	void aOneMegabyteBodyIs413() {
		HttpResponse<String> response = new TipsClient(this.port).staffPost("/api/tips/manage",
				UUID.randomUUID().toString(), TipsClient.draft("Huge", "x".repeat(1024 * 1024)));

		assertProblem(response, 413, "body-too-large", null);
	}

	@Test
	void anUnknownTipIs404() {
		HttpResponse<String> response = new TipsClient(this.port).staffPost("/api/tips/manage/tip-nope/publish", null,
				"");

		assertProblem(response, 404, "not-found", null);
	}

}
