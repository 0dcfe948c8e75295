package org.mhaw.testsupport;

import java.net.http.HttpResponse;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every refusal from a service looks like: RFC 9457 problem+json naming the field.
 */
public final class ProblemAssertions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemAssertions() {
	}

	/**
	 * @param response the service's answer
	 * @param status the expected status
	 * @param type the expected problem type slug, such as {@code invalid-field}
	 * @param field the field it must name, or {@code null} when none applies
	 */
	public static void assertProblem(HttpResponse<String> response, int status, String type, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("/problems/" + type);
		if (field != null) {
			assertThat(JSON.readTree(response.body()).path("field").asString()).isEqualTo(field);
		}
	}

}
