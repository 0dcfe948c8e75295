package org.mhaw.tips.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeMarkdownTests {

	private final SafeMarkdown markdown = new SafeMarkdown();

	@Test
	void keepsTheFormattingATipNeeds() {
		String html = this.markdown
			.toHtml("## Try this\n\n- **Say** *hello*\n\n> A quote\n\n[Samaritans](https://www.samaritans.org)");

		assertThat(html).contains("<h2>Try this</h2>", "<li><strong>Say</strong> <em>hello</em></li>", "<blockquote>",
				"href=\"https://www.samaritans.org\"", "rel=\"nofollow\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"#\" onclick=\"steal()\">click</a>", "[click](javascript:alert(1))",
			"<iframe src=\"https://evil.example\"></iframe>",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "![x](x \"y\" onerror=alert(1))",
			"<svg onload=alert(1)>" })
	void noScriptOrEventHandlerSurvives(String attack) {
		String html = this.markdown.toHtml("Before\n\n" + attack + "\n\nAfter");

		// Escaped text may still spell out the attack; no element or attribute may carry
		// it.
		assertThat(html).doesNotContainPattern("(?i)<script")
			.doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=")
			.doesNotContainPattern("(?i)<[^>]*(href|src)\\s*=\\s*\"?\\s*javascript:")
			.doesNotContainPattern("(?i)<(iframe|svg)|<[^>]*style=");
		assertThat(html).contains("Before", "After");
	}

}
