package org.mhaw.benchmarks.bare;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bare part the donations webhook is compared with: a Spring Boot 4 app with one JSON
 * POST endpoint at the same path, which reads the same body and answers a small JSON,
 * doing nothing else (no signature check, no Kafka, no Redis).
 */
@SpringBootApplication
@RestController
public class BareEndpointApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareEndpointApplication.class, args);
	}

	@GetMapping("/ready")
	String ready() {
		return "ready";
	}

	@PostMapping("/webhooks/payments")
	Map<String, Object> receive(@RequestBody Map<String, Object> body) {
		return Map.of("received", body.size());
	}

}
