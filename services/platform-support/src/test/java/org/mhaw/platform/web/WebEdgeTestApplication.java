package org.mhaw.platform.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A service of one small API, behind the platform's HTTP edge exactly as it ships. */
@SpringBootApplication
class WebEdgeTestApplication {

	record NewThing(@NotBlank @Size(max = 20) String name, @Min(100) long amountPence) {
	}

	@RestController
	static class ThingsController {

		final AtomicInteger created = new AtomicInteger();

		@PostMapping("/api/things")
		@ResponseStatus(HttpStatus.CREATED)
		Map<String, Object> create(@Valid @RequestBody NewThing thing) {
			return Map.of("id", this.created.incrementAndGet(), "name", thing.name(), "amountPence",
					thing.amountPence());
		}

		@PostMapping("/api/things/{id}/approve")
		Map<String, Object> approve(@PathVariable int id) {
			return Map.of("id", id, "approved", true);
		}

		@GetMapping("/api/things/{id}")
		Map<String, Object> find(@PathVariable int id) {
			throw ApiProblem.notFound("There is no thing " + id + ".");
		}

	}

}
