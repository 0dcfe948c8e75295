package org.mhaw.dashboard.projection;

import org.mhaw.dashboard.projection.ProjectionRebuild.RebuildStatus;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators rebuild the dashboard from the log (the operator CLI calls this). Staff only.
 * Starting one while another runs answers with the running one: calling twice is safe.
 */
@RestController
class RebuildController {

	private final ProjectionRebuild rebuild;

	RebuildController(ProjectionRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping("/api/dashboard/rebuild")
	ResponseEntity<RebuildStatus> start() {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(this.rebuild.start());
	}

	@GetMapping("/api/dashboard/rebuild")
	RebuildStatus status() {
		return this.rebuild.status();
	}

}
