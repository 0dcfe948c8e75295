package org.mhaw.tips.reading;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mhaw.events.tip.TipAudience;
import org.mhaw.tips.authoring.Tip;
import org.mhaw.tips.authoring.TipTopics;
import org.mhaw.tips.authoring.Tips;
import org.mhaw.tips.markdown.SafeMarkdown;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Published tips for everyone: a list to filter, and each tip on its own page. */
@Controller
class TipReadingController {

	private final Tips tips;

	private final SafeMarkdown markdown;

	private final ReadCounter reads;

	TipReadingController(Tips tips, SafeMarkdown markdown, ReadCounter reads) {
		this.tips = tips;
		this.markdown = markdown;
		this.reads = reads;
	}

	/**
	 * Unknown filter values are ignored rather than refused: a shared link still works.
	 */
	@GetMapping("/tips")
	String list(@RequestParam(required = false) String audience, @RequestParam(required = false) String topic,
			Model model) {
		TipAudience chosenAudience = Arrays.stream(TipAudience.values())
			.filter((known) -> known != TipAudience.OTHER && known.name().equals(audience))
			.findFirst()
			.orElse(null);
		String chosenTopic = TipTopics.ALL.containsKey(topic) ? topic : null;
		model.addAttribute("tips", this.tips.published(chosenAudience, chosenTopic));
		model.addAttribute("audience", chosenAudience);
		model.addAttribute("topic", chosenTopic);
		model.addAttribute("audienceChoices",
				Arrays.stream(TipAudience.values()).filter((known) -> known != TipAudience.OTHER).toList());
		model.addAttribute("topicChoices", TipTopics.ALL);
		return "list";
	}

	@GetMapping("/tips/{slug}")
	String read(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<Tip> tip = this.tips.publishedBySlug(slug);
		if (tip.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "not-found";
		}
		String readerId = ReaderCookie.readerId(request, response);
		this.reads.count(tip.get(), readerId, request.getHeader(HttpHeaders.USER_AGENT));
		model.addAttribute("tip", tip.get());
		model.addAttribute("body", this.markdown.toHtml(tip.get().body()));
		model.addAttribute("topicChoices", TipTopics.ALL);
		return "tip";
	}

}
