package org.mhaw.platform.ratelimit;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on public POSTs per client address, per service instance.
 *
 * @param enabled whether to limit at all (a load test of the bare pipeline turns it off)
 * @param requestsPerMinute POSTs one address may make in a minute; generous, because a
 * whole office or a mobile network can share one address on an appeal night
 * @param exemptPaths paths never limited (Ant patterns), such as the payment provider's
 * webhook
 */
@ConfigurationProperties("mhaw.rate-limit")
public record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("300") int requestsPerMinute,
		@DefaultValue("/webhooks/**") List<String> exemptPaths) {

}
