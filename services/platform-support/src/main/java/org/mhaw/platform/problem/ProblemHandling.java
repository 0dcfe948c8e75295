package org.mhaw.platform.problem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the problem+json advice (a library is outside every service's component
 * scan).
 */
@Configuration(proxyBeanMethods = false)
public class ProblemHandling {

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

}
