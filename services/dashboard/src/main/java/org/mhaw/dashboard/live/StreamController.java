package org.mhaw.dashboard.live;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-sent streams of the totals: every number for staff, progress for everyone. */
@RestController
class StreamController {

	private final LiveTotals live;

	StreamController(LiveTotals live) {
		this.live = live;
	}

	@GetMapping(path = "/api/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter totals() {
		return this.live.subscribeToTotals();
	}

	@GetMapping(path = "/totaliser/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter progress() {
		return this.live.subscribeToProgress();
	}

}
