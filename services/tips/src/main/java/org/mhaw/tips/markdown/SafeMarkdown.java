package org.mhaw.tips.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Turns a tip's Markdown into HTML that is safe to put on a page. Two layers, so one
 * mistake is not enough: the Markdown renderer escapes any raw HTML and drops
 * {@code javascript:} links, then an allow-list sanitiser keeps only text formatting,
 * lists, quotes, headings, tables and http(s), mailto and tel links. No script, style,
 * frame or event handler survives.
 */
@Component
public class SafeMarkdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder().allowCommonBlockElements()
		.allowCommonInlineFormattingElements()
		.allowElements("pre", "code", "hr", "br", "blockquote", "table", "thead", "tbody", "tr", "th", "td")
		.allowElements("a")
		.allowAttributes("href")
		.onElements("a")
		.allowUrlProtocols("https", "http", "mailto", "tel")
		.requireRelNofollowOnLinks()
		.toFactory();

	public String toHtml(String markdown) {
		return POLICY.sanitize(RENDERER.render(PARSER.parse((markdown != null) ? markdown : "")));
	}

}
