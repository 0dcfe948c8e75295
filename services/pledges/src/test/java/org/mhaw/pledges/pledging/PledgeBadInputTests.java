package org.mhaw.pledges.pledging;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mhaw.events.Topics;
import org.mhaw.pledges.PledgesHttp;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TopicReader;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mhaw.testsupport.ProblemAssertions.assertProblem;

/**
 * Whatever a client sends, bad input is a 4xx naming the field and nothing is published.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PledgeBadInputTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"broken JSON | {\"catalogueKeys\": | unreadable-body | ",
			"keys not a list | {\"catalogueKeys\":\"share-a-meal\",\"email\":\"a@example.org\",\"region\":\"WALES\"} | invalid-field | catalogueKeys",
			"anonymous not a boolean | {\"catalogueKeys\":[\"share-a-meal\"],\"email\":\"a@example.org\",\"region\":\"WALES\",\"anonymous\":\"maybe\"} | invalid-field | anonymous",
			"region a number | {\"catalogueKeys\":[\"share-a-meal\"],\"email\":\"a@example.org\",\"region\":-3} | invalid-field | region",
			"unknown region | {\"catalogueKeys\":[\"share-a-meal\"],\"email\":\"a@example.org\",\"region\":\"ATLANTIS\"} | invalid-field | region",
			"unknown field | {\"catalogueKeys\":[\"share-a-meal\"],\"email\":\"a@example.org\",\"region\":\"WALES\",\"amountPence\":500} | invalid-field | amountPence",
			"missing keys | {\"email\":\"a@example.org\",\"region\":\"WALES\"} | invalid-field | catalogueKeys",
			"empty keys | {\"catalogueKeys\":[],\"email\":\"a@example.org\",\"region\":\"WALES\"} | invalid-field | catalogueKeys",
			"missing email | {\"catalogueKeys\":[\"share-a-meal\"],\"region\":\"WALES\"} | invalid-field | email",
			"not an email | {\"catalogueKeys\":[\"share-a-meal\"],\"email\":\"not-an-email\",\"region\":\"WALES\"} | invalid-field | email",
			"missing region | {\"catalogueKeys\":[\"share-a-meal\"],\"email\":\"a@example.org\"} | invalid-field | region",
			"unknown catalogue key | {\"catalogueKeys\":[\"share-a-meal\",\"swim-the-channel\"],\"email\":\"a@example.org\",\"region\":\"WALES\"} | invalid-field | catalogueKeys[1]",
			"same key twice | {\"catalogueKeys\":[\"share-a-meal\",\"share-a-meal\"],\"email\":\"a@example.org\",\"region\":\"WALES\"} | invalid-field | catalogueKeys",
			"body is a list | [] | unreadable-body | " })
	void badInputIsAProblemNamingTheFieldAndPublishesNothing(String name, String body, String type, String field) {
		int pledgesBefore = TopicReader.records(Topics.PLEDGES).size();

		HttpResponse<String> response = new PledgesHttp(this.port).pledge(body);

		assertProblem(response, 400, type, field);
		assertThat(TopicReader.records(Topics.PLEDGES)).hasSize(pledgesBefore);
	}

	@Test
	void aTooLongMessageOrNameIsRefusedAndNothingIsHeld() {
		int moderationBefore = TopicReader.records(Topics.MODERATION).size();
		String longMessage = "x".repeat(501);

		HttpResponse<String> message = new PledgesHttp(this.port).pledge(
				"{\"catalogueKeys\":[\"share-a-meal\"],\"email\":\"a@example.org\",\"region\":\"WALES\",\"message\":\""
						+ longMessage + "\"}");
		HttpResponse<String> name = new PledgesHttp(this.port).pledge(
				"{\"catalogueKeys\":[\"share-a-meal\"],\"email\":\"a@example.org\",\"region\":\"WALES\",\"firstName\":\""
						+ "n".repeat(41) + "\"}");

		assertProblem(message, 400, "invalid-field", "message");
		assertProblem(name, 400, "invalid-field", "firstName");
		assertThat(TopicReader.records(Topics.MODERATION)).hasSize(moderationBefore);
	}

	@Test
	void aOneMegabyteBodyIs413() {
		String huge = "{\"catalogueKeys\":[\"share-a-meal\"],\"email\":\"a@example.org\",\"region\":\"WALES\",\"message\":\""
				+ "x".repeat(1024 * 1024) + "\"}";

		HttpResponse<String> response = new PledgesHttp(this.port).pledge(huge);

		assertProblem(response, 413, "body-too-large", null);
	}

	@Test
	void aPledgeWithoutAnIdempotencyKeyIsRefused() {
		HttpResponse<String> response = new PledgesHttp(this.port).postJson("/api/pledges", null,
				PledgesHttp.pledgeBody(PledgesHttp.newEmail(), "share-a-meal"));

		assertProblem(response, 400, "idempotency-key-missing", null);
	}

	@Test
	void theSameKeyWithAnotherBodyIs422() {
		String key = UUID.randomUUID().toString();
		new PledgesHttp(this.port).postJson("/api/pledges", key,
				PledgesHttp.pledgeBody(PledgesHttp.newEmail(), "share-a-meal"));

		HttpResponse<String> reused = new PledgesHttp(this.port).postJson("/api/pledges", key,
				PledgesHttp.pledgeBody(PledgesHttp.newEmail(), "share-a-meal"));

		assertProblem(reused, 422, "idempotency-key-reused", null);
	}

}
