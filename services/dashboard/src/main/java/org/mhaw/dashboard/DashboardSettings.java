package org.mhaw.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dashboard counts and shows.
 *
 * @param targetPence the fundraising target until staff set one (£250,000)
 * @param tickerSize approved public messages kept for the ticker
 * @param topTips tips shown as the most read
 * @param dedupeRetention how long an event id is remembered to drop the same event
 * written again at a new offset (a re-published dead letter, a producer retry)
 * @param pushInterval how often changes are gathered into one push to open pages
 * @param consumerGroup the projection consumer's group (every instance joins it)
 * @param consumerConcurrency projection consumers per instance
 * @param rebuildBatchSize records a rebuild polls, folds and applies at a time: the
 * bigger, the fewer script calls and writes per event
 */
@ConfigurationProperties("mhaw.dashboard")
public record DashboardSettings(@DefaultValue("25000000") long targetPence, @DefaultValue("12") int tickerSize,
		@DefaultValue("5") int topTips, @DefaultValue("60d") Duration dedupeRetention,
		@DefaultValue("250ms") Duration pushInterval, @DefaultValue("dashboard") String consumerGroup,
		@DefaultValue("1") int consumerConcurrency, @DefaultValue("5000") int rebuildBatchSize) {

}
