package org.mhaw.localevents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.mhaw.events.calendar.CampaignCalendar;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.platform.kafka.EventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real HTTP to the service under test, as staff, partners and supporters call it.
 *
 * @param port the service's port
 */
public record LocalEventsClient(int port) {

	public static final String STAFF_PASSWORD = "staff-test-password";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A day of the coming campaign week (1 to 7). */
	public static LocalDate campaignDay(int day) {
		return CampaignCalendar.upcoming(Clock.systemUTC()).firstDay().plusDays(day - 1);
	}

	/**
	 * A valid event on the given campaign day, with the given capacity ("null" for
	 * unlimited).
	 */
	public static String eventJson(String title, int day, String capacity) {
		LocalDate date = campaignDay(day);
		return """
				{"title":"%s","description":"A gentle hour together; everyone welcome.","category":"MOVEMENT",
				 "online":false,"venue":{"name":"Roundhay Park","address":"Mansion Lane, Leeds","postcode":"ls8 2hh"},
				 "region":"YORKSHIRE_AND_THE_HUMBER","startsAt":"%sT10:00","endsAt":"%sT11:30","capacity":%s,"free":true,
				 "accessibility":{"stepFreeAccess":true,"quietSpace":true,"notes":"Benches along the route"},
				 "contact":{"name":"Sam","email":"walks@example.org"}}
				"""
			.formatted(title, date, date, capacity);
	}

	public Partner registerPartner(String name) {
		HttpResponse<String> response = send(
				request("/api/events/admin/partners").header("Authorization", basic("staff", STAFF_PASSWORD))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("""
							{"name":"%s","kind":"COMMUNITY_GROUP"}""".formatted(name))));
		if (response.statusCode() != 201) {
			throw new AssertionError(response.statusCode() + " " + response.body());
		}
		JsonNode body = json(response);
		return new Partner(body.path("partnerId").asString(), body.path("keyId").asString(),
				body.path("apiKey").asString());
	}

	/**
	 * A new partner's event, submitted and approved by a staff decision on the moderation
	 * topic, once it is listed.
	 * @return the event's id
	 */
	public String approvedEvent(EventPublisher publisher, String partnerName, String body) {
		HttpResponse<String> submitted = submit(registerPartner(partnerName).apiKey(), body);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		return approve(publisher, json(submitted).path("localEventId").asString());
	}

	/** Approves an event as staff would, and waits until it is listed. */
	public String approve(EventPublisher publisher, String localEventId) {
		publisher.publish(new ModerationDecided(localEventId, ModerationKind.LOCAL_EVENT, ModerationDecision.APPROVED,
				null, "staff", Instant.now()));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(get("/api/events/" + localEventId).statusCode()).isEqualTo(200));
		return localEventId;
	}

	public HttpResponse<String> submit(String apiKey, String body) {
		return postJson("/api/partner/events", apiKey, UUID.randomUUID().toString(), body);
	}

	public HttpResponse<String> postJson(String path, String apiKey, String idempotencyKey, String body) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (apiKey != null) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request);
	}

	public HttpResponse<String> putJson(String path, String apiKey, String body) {
		return send(request(path).header("Content-Type", "application/json")
			.header("X-Api-Key", apiKey)
			.PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> get(String path, String apiKey) {
		HttpRequest.Builder request = request(path).GET();
		if (apiKey != null) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		return send(request);
	}

	public HttpResponse<String> get(String path) {
		return get(path, null);
	}

	public HttpResponse<String> delete(String path) {
		return send(request(path).DELETE());
	}

	public HttpResponse<String> asStaff(String method, String path) {
		return send(request(path).header("Authorization", basic("staff", STAFF_PASSWORD))
			.method(method, HttpRequest.BodyPublishers.noBody()));
	}

	public HttpResponse<String> signUp(String localEventId, String idempotencyKey, String name, String email) {
		return postJson("/api/events/" + localEventId + "/sign-ups", null, idempotencyKey, """
				{"name":"%s","email":"%s","accessNeeds":"A seat near the door","shareWithOrganiser":true}"""
			.formatted(name, email));
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** A partner registered by staff in the test, with its key as shown once. */
	public record Partner(String partnerId, String keyId, String apiKey) {

	}

}
