package org.mhaw.pledges;

import org.mhaw.testsupport.TestInfrastructure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second pledges service started from scratch against the same broker and Redis: what a
 * restart (or a second instance) sees, with nothing but the log to rebuild from.
 */
public final class AnotherPledgesInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	public AnotherPledgesInstance() {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		this.context = new SpringApplicationBuilder(PledgesApplication.class)
			.properties("server.port=0", "spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
					"mhaw.redis.url=" + infrastructure.redisUrl(),
					"mhaw.redis.key-prefix=" + infrastructure.redisKeyPrefix())
			.run();
	}

	public PledgesHttp http() {
		return new PledgesHttp(Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port")));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
