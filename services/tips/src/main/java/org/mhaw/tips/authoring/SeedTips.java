package org.mhaw.tips.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mhaw.events.tip.TipAudience;
import org.mhaw.tips.TipsSettings;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Publishes the tips written for the campaign, once. Each has a fixed id, so a restart
 * finds it on the private topic and adds nothing, and a seed tip staff changed or took
 * down stays as they left it.
 * <p>
 * A seed file is a few {@code name: value} lines (title, summary, audiences, topics), a
 * line of {@code ---}, then the tip in Markdown. Its name, less the leading number, is
 * the tip's slug.
 */
class SeedTips implements ApplicationRunner {

	static final String LOCATION = "classpath:org/mhaw/tips/seed/*.md";

	private final Tips tips;

	private final TipsSettings settings;

	SeedTips(Tips tips, TipsSettings settings) {
		this.tips = tips;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.settings.seed()) {
			return;
		}
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
		Arrays.sort(files, (a, b) -> a.getFilename().compareTo(b.getFilename()));
		for (Resource file : files) {
			String slug = file.getFilename().replaceFirst("^\\d+-", "").replaceFirst("\\.md$", "");
			this.tips.addPublishedOnce("tip-seed-" + slug, slug, read(file));
		}
	}

	static TipDraft read(Resource file) {
		String text;
		try {
			text = file.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int separator = text.indexOf("\n---\n");
		Map<String, String> header = new HashMap<>();
		for (String line : text.substring(0, separator).split("\n")) {
			int colon = line.indexOf(':');
			header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
		}
		List<TipAudience> audiences = list(header.get("audiences")).stream().map(TipAudience::valueOf).toList();
		return new TipDraft(header.get("title"), header.get("summary"), text.substring(separator + 5).strip(),
				audiences, list(header.get("topics")));
	}

	private static List<String> list(String value) {
		return Arrays.stream(value.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

}
