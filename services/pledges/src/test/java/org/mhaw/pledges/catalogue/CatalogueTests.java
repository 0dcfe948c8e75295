package org.mhaw.pledges.catalogue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mhaw.testsupport.PageSession;
import org.mhaw.pledges.PledgesHttp;
import org.mhaw.testsupport.RealInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff manage the catalogue; supporters see only what is active. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CatalogueTests {

	@LocalServerPort
	private int port;

	private PledgesHttp http() {
		return new PledgesHttp(this.port);
	}

	@Test
	void theCatalogueApiIsForStaffOnly() {
		HttpResponse<String> anonymous = http().postJson("/api/pledges/catalogue", null,
				"{\"key\":\"sneaky\",\"title\":\"Sneaky\",\"description\":\"No\"}");

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(http().get("/api/pledges/catalogue").statusCode()).isEqualTo(401);
	}

	@Test
	void staffAddAPledgeThatSupportersCanTakeAndRetireItSoTheyCannot() {
		String key = "plant-a-tree-" + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> created = http().staffPostJson("/api/pledges/catalogue",
				"{\"key\":\"" + key + "\",\"title\":\"Plant a tree\",\"description\":\"With a neighbour.\"}");
		HttpResponse<String> taken = http().pledge(PledgesHttp.pledgeBody(PledgesHttp.newEmail(), key));
		HttpResponse<String> retired = http().staffPostJson("/api/pledges/catalogue/" + key + "/retire", "");
		HttpResponse<String> refused = http().pledge(PledgesHttp.pledgeBody(PledgesHttp.newEmail(), key));

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(taken.statusCode()).isEqualTo(201);
		assertThat(retired.statusCode()).isEqualTo(200);
		assertThat(PledgesHttp.json(retired).path("retired").asBoolean()).isTrue();
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(PledgesHttp.json(refused).path("field").asString()).isEqualTo("catalogueKeys[0]");
		assertThat(http().get("/api/pledges/counts").body()).doesNotContain(key);
	}

	@Test
	void aNewPledgeNeedsAValidKeyTitleAndDescription() {
		HttpResponse<String> badKey = http().staffPostJson("/api/pledges/catalogue",
				"{\"key\":\"Plant A Tree!\",\"title\":\"Plant a tree\",\"description\":\"With a neighbour.\"}");
		HttpResponse<String> duplicate = http().staffPostJson("/api/pledges/catalogue",
				"{\"key\":\"share-a-meal\",\"title\":\"Share a meal\",\"description\":\"Again.\"}");
		HttpResponse<String> noTitle = http().staffPostJson("/api/pledges/catalogue",
				"{\"key\":\"no-title\",\"description\":\"Nothing.\"}");

		assertThat(badKey.statusCode()).isEqualTo(400);
		assertThat(PledgesHttp.json(badKey).path("field").asString()).isEqualTo("key");
		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(PledgesHttp.json(noTitle).path("field").asString()).isEqualTo("title");
	}

	@Test
	void theStaffPageNeedsASignInThenListsAndAddsPledges() {
		PageSession browser = new PageSession(this.port);
		assertThat(browser.get("/pledges/catalogue").statusCode()).isEqualTo(302);
		browser.signInAsStaff(PledgesHttp.STAFF_PASSWORD);
		String key = "read-to-someone-" + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> page = browser.get("/pledges/catalogue");
		HttpResponse<String> added = browser.post("/pledges/catalogue", "key", key, "title", "Read to someone",
				"description", "A story, a newspaper, a recipe.");

		assertThat(page.body()).contains("Check in on a neighbour", "Retire");
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(browser.get("/pledges/catalogue").body()).contains("Read to someone", key);
	}

}
