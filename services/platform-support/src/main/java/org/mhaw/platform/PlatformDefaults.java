package org.mhaw.platform;

import java.io.IOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the settings every service shares (Kafka durability, serialisation, actuator
 * exposure, problem+json) as the lowest-precedence property source, so they are written
 * once in {@code platform-defaults.properties} and a service or an environment variable
 * can still override any of them.
 */
class PlatformDefaults implements EnvironmentPostProcessor {

	private static final String RESOURCE = "org/mhaw/platform/platform-defaults.properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			for (PropertySource<?> source : new PropertiesPropertySourceLoader().load("mhaw-platform-defaults",
					new ClassPathResource(RESOURCE, PlatformDefaults.class.getClassLoader()))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + RESOURCE, ex);
		}
	}

}
