package org.mhaw.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points a Spring test context of a {@link RealInfrastructure} class at the shared broker
 * and Redis. Registered in {@code META-INF/spring.factories}.
 */
class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestContextAnnotationUtils.hasAnnotation(testClass, RealInfrastructure.class)
				? new InfrastructureProperties() : null;
	}

	/**
	 * Equal to every other instance, so contexts that differ only in this are still
	 * cached once.
	 */
	private static final class InfrastructureProperties implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestInfrastructure infrastructure = TestInfrastructure.get();
			Map<String, Object> properties = Map.of("spring.kafka.bootstrap-servers",
					infrastructure.kafkaBootstrapServers(), "mhaw.redis.url", infrastructure.redisUrl().toString(),
					"mhaw.redis.key-prefix", infrastructure.redisKeyPrefix());
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("mhaw-real-infrastructure", properties));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof InfrastructureProperties;
		}

		@Override
		public int hashCode() {
			return InfrastructureProperties.class.hashCode();
		}

	}

}
