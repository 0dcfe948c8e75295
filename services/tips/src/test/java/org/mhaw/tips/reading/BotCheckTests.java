package org.mhaw.tips.reading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BotCheckTests {

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
			"Slackbot-LinkExpanding 1.0", "Twitterbot/1.0", "Mozilla/5.0 (compatible; YandexSpider)", "Wget/1.21",
			"Go-http-client/2.0", "Mozilla/5.0 Chrome-Lighthouse" })
	void crawlersPreviewsAndScriptsAreNotPeople(String userAgent) {
		assertThat(ReadCounter.isBot(userAgent)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36 Edg/124.0",
			"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36" })
	void browsersArePeople(String userAgent) {
		assertThat(ReadCounter.isBot(userAgent)).isFalse();
	}

}
