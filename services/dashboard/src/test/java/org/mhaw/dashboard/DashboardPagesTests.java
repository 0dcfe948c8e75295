package org.mhaw.dashboard;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may see which page, and what each shows without JavaScript. */
@DashboardTest
class DashboardPagesTests {

	@LocalServerPort
	private int port;

	@Test
	void landingPageLinksEverySupporterPageAndTheStaffPages() {
		var page = new StaffClient(this.port).get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/donate\"", "href=\"/pledge\"", "href=\"/pledges\"",
				"href=\"/events\"", "href=\"/tips\"", "href=\"/dashboard\"", "href=\"/staff/moderation\"");
	}

	@Test
	void totaliserIsPublicAndShowsOnlyTheTotalAndProgress() {
		var page = new StaffClient(this.port).get("/totaliser");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("role=\"progressbar\"", "£").doesNotContain("Gift Aid", "Supporters", "lag");
	}

	@Test
	void dashboardNeedsAStaffSignInAndShowsTheNumbersWithoutJavaScript() {
		StaffClient client = new StaffClient(this.port);

		var anonymous = client.get("/dashboard");
		var signedIn = client.getAsStaff("/dashboard");

		assertThat(anonymous.statusCode()).isIn(302, 401);
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(signedIn.body()).contains("Raised so far", "Gift Aid uplift", "The week, day by day", "Wed 12 May",
				"Pledges", "Tips read", "Local events", "Sign-ups", "Messages from supporters", "Latest event");
	}

	@Test
	void staffSetTheTargetAndProgressFollowsIt() {
		StaffClient staff = new StaffClient(this.port);

		var anonymous = staff.put("/api/dashboard/target", "{\"targetPence\":5000000}");
		var refused = staff.putAsStaff("/api/dashboard/target", "{\"targetPence\":-5}");
		var accepted = staff.putAsStaff("/api/dashboard/target", "{\"targetPence\":5000000}");

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(StaffClient.JSON.readTree(refused.body()).path("field").asString()).isEqualTo("targetPence");
		assertThat(accepted.statusCode()).isEqualTo(200);
		JsonNode totals = staff.totals();
		assertThat(totals.path("progress").path("targetPence").asLong()).isEqualTo(5_000_000);
		assertThat(totals.path("progress").path("percent").asLong())
			.isEqualTo(Math.max(0, totals.path("donations").path("raisedPence").asLong()) * 100 / 5_000_000);
	}

}
