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
 * @param pushInterval the least time between two pushes to open pages: the first change
 * after a quiet spell is pushed at once, later ones are gathered into one push at the
 * interval's end. 50 ms, because under steady load every change waits up to a whole
 * interval, and the freshness target is a p99 of 250 ms from the webhook's 2xx: Kafka's
 * own end-to-end p99 (53 ms on the busy benchmark machine) plus the totals read and
 * scheduling leave about 100 ms of headroom at 50 ms and little at 100 ms. It costs at
 * most 20 totals reads a second per instance (one script call and a GET, whatever the
 * number of pages) and 20 small events a second per page, which browsers take easily.
 * @param consumerGroup the projection consumer's group (every instance joins it)
 * @param consumerConcurrency projection consumers per instance
 * @param rebuildBatchSize records a rebuild polls, folds and applies at a time: the
 * bigger, the fewer script calls and writes per event
 */
@ConfigurationProperties("mhaw.dashboard")
public record DashboardSettings(@DefaultValue("25000000") long targetPence, @DefaultValue("12") int tickerSize,
		@DefaultValue("5") int topTips, @DefaultValue("60d") Duration dedupeRetention,
		@DefaultValue("50ms") Duration pushInterval, @DefaultValue("dashboard") String consumerGroup,
		@DefaultValue("1") int consumerConcurrency, @DefaultValue("5000") int rebuildBatchSize) {

}
