package org.mhaw.localevents.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.mhaw.localevents.LocalEventsClient;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.testsupport.RealInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code .ics} files parse without errors in a real iCalendar parser (Debian's
 * python3-icalendar), keep to RFC 5545's line rules, and put the event at its London
 * time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@DirtiesContext
@EnabledIf("pythonICalendarIsInstalled")
class CalendarFilesTests {

	private static final String PYTHON = "/usr/bin/python3";

	/** Prints each event and every error any component collected while parsing. */
	private static final String PARSE = """
			import sys, icalendar
			calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
			for component in calendar.walk():
			    for error in component.errors:
			        print("ERROR", component.name, error)
			for event in calendar.walk("VEVENT"):
			    print("EVENT", event.decoded("DTSTART").isoformat(), event.decoded("DTEND").isoformat(),
			          event.decoded("SUMMARY").decode("utf-8"), event.decoded("STATUS").decode("utf-8"))
			    print("DESCRIPTION", event.decoded("DESCRIPTION").decode("utf-8").replace("\\n", "|"))
			""";

	@LocalServerPort
	private int port;

	@Autowired
	private EventPublisher publisher;

	static boolean pythonICalendarIsInstalled() {
		try {
			Process process = new ProcessBuilder(PYTHON, "-c", "import icalendar").start();
			return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Test
	void eventAndSupporterCalendarsParseWithoutErrorsAtLondonTime() {
		LocalEventsClient client = new LocalEventsClient(this.port);
		String title = "Café walk; tea, cake & a long title that goes on well past seventy-five octets 🌿 ✓";
		String id = approvedEvent(client, title);
		HttpResponse<String> signedUp = client.signUp(id, UUID.randomUUID().toString(), "Ada", "ada@example.org");
		String calendarUrl = LocalEventsClient.json(signedUp).path("calendarUrl").asString();

		String eventCalendar = client.get("/events/" + id + ".ics").body();
		String myCalendar = client.get(calendarUrl).body();

		for (String ics : List.of(eventCalendar, myCalendar)) {
			assertKeepsToTheLineRules(ics);
			List<String> parsed = parse(ics);
			assertThat(parsed).noneMatch((line) -> line.startsWith("ERROR"));
			assertThat(parsed).contains("EVENT " + LocalEventsClient.campaignDay(4) + "T18:30:00+01:00 "
					+ LocalEventsClient.campaignDay(4) + "T20:00:00+01:00 " + title + " CONFIRMED");
			assertThat(parsed).contains("DESCRIPTION Bring a friend, or come alone; all welcome.|Meet by the gate.");
		}
		assertThat(client.get("/events/my/sup-forged.0123456789abcdef0123456789abcdef.ics").statusCode())
			.isEqualTo(404);
	}

	private static void assertKeepsToTheLineRules(String ics) {
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		assertThat(Arrays.asList(ics.split("\r\n")))
			.allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London").contains("DTSTAMP:").contains("UID:");
	}

	private static List<String> parse(String ics) {
		try {
			Process python = new ProcessBuilder(PYTHON, "-c", PARSE).redirectErrorStream(true).start();
			try (OutputStream in = python.getOutputStream()) {
				in.write(ics.getBytes(StandardCharsets.UTF_8));
			}
			String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(python.exitValue()).as(output).isZero();
			return output.lines().toList();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private String approvedEvent(LocalEventsClient client, String title) {
		String body = LocalEventsClient.eventJson(title, 4, "10")
			.replace("T10:00", "T18:30")
			.replace("T11:30", "T20:00")
			.replace("A gentle hour together; everyone welcome.",
					"Bring a friend, or come alone; all welcome.\\nMeet by the gate.");
		return client.approvedEvent(this.publisher, "Arts Hub", body);
	}

}
