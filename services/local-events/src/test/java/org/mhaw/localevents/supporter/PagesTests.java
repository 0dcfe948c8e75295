package org.mhaw.localevents.supporter;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mhaw.localevents.LocalEventsClient;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.testsupport.RealInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages work as plain forms, without JavaScript: a partner signs in with a key and
 * adds an event; a supporter finds it, signs up, and cancels by the private link.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@RealInfrastructure
@DirtiesContext
class PagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventPublisher publisher;

	@LocalServerPort
	private int port;

	@Test
	void aPartnerSignsInAddsAnEventAndASupporterSignsUpAndCancels() throws Exception {
		LocalEventsClient.Partner partner = new LocalEventsClient(this.port).registerPartner("Garden Hub");
		this.mvc.perform(get("/partner/events")).andExpect(redirectedUrl("/partner/sign-in"));
		this.mvc.perform(post("/partner/sign-in").param("apiKey", "wrong").with(csrf()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("That key did not work")));
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/partner/sign-in").session(session).param("apiKey", partner.apiKey()).with(csrf()))
			.andExpect(redirectedUrl("/partner/events"));
		String form = this.mvc.perform(get("/partner/events/new").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String key = hidden(form, "idempotencyKey");

		this.mvc
			.perform(post("/partner/events/new").session(session)
				.with(csrf())
				.param("idempotencyKey", key)
				.param("title", "")
				.param("date", LocalEventsClient.campaignDay(9).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("There is a problem")));
		MvcResult created = this.mvc
			.perform(post("/partner/events/new").session(session)
				.with(csrf())
				.param("idempotencyKey", key)
				.param("title", "Community garden open day")
				.param("description", "Plant, weed, chat and have a cuppa.")
				.param("category", "NATURE_AND_GREEN_ACTIVITY")
				.param("venueName", "Chapeltown Community Garden")
				.param("venueAddress", "Reginald Terrace, Leeds")
				.param("postcode", "LS7 3EY")
				.param("region", "YORKSHIRE_AND_THE_HUMBER")
				.param("date", LocalEventsClient.campaignDay(1).toString())
				.param("startTime", "13:00")
				.param("endTime", "16:00")
				.param("capacity", "1")
				.param("free", "true")
				.param("stepFreeAccess", "true")
				.param("contactEmail", "garden@example.org"))
			.andExpect(redirectedUrlPattern("/partner/events/lev-*"))
			.andReturn();
		String id = created.getResponse().getRedirectedUrl().substring("/partner/events/".length());
		this.mvc.perform(get("/partner/events/" + id).session(session))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Pending")));

		new LocalEventsClient(this.port).approve(this.publisher, id);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> this.mvc.perform(get("/events").param("district", "ls7").param("access", "STEP_FREE"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Community garden open day"))));
		String page = this.mvc.perform(get("/events/" + id))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("1 places left")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("aria-live=\"polite\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String signUpKey = hidden(page, "idempotencyKey");

		this.mvc
			.perform(post("/events/" + id + "/sign-up").with(csrf())
				.param("idempotencyKey", signUpKey)
				.param("name", "Ada")
				.param("email", "not an email"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("There is a problem")));
		String signUpLink = this.mvc
			.perform(post("/events/" + id + "/sign-up").with(csrf())
				.param("idempotencyKey", signUpKey)
				.param("name", "Ada")
				.param("email", "ada@example.org")
				.param("shareWithOrganiser", "true"))
			.andExpect(redirectedUrlPattern("/events/sign-ups/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(signUpLink))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You have a place")));
		this.mvc.perform(get("/partner/events/" + id).session(session))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ada")));

		this.mvc.perform(post(signUpLink + "/cancel").with(csrf())).andExpect(redirectedUrl(signUpLink));
		this.mvc.perform(get(signUpLink))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Your sign-up is cancelled")));
	}

	private static String hidden(String html, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as(html).isTrue();
		return matcher.group(1);
	}

}
