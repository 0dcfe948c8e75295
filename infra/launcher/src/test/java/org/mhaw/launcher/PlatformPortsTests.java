package org.mhaw.launcher;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlatformPortsTests {

	@Test
	void theReadmesPortsUnlessTheEnvironmentMovesThem() {
		assertThat(PlatformPorts.fromEnvironment(Map.of()))
			.isEqualTo(new PlatformPorts(8080, 8081, 8082, 8083, 8084, 9092, 9093));
		assertThat(PlatformPorts.fromEnvironment(Map.of("MHAW_HTTP_PORT", "18080", "MHAW_KAFKA_PORT", "19092")))
			.isEqualTo(new PlatformPorts(18080, 18081, 18082, 18083, 18084, 19092, 19093));
	}

	@Test
	void aPortThatIsNotANumberIsNamed() {
		assertThatExceptionOfType(LauncherException.class)
			.isThrownBy(() -> PlatformPorts.fromEnvironment(Map.of("MHAW_HTTP_PORT", "eighty")))
			.withMessage("MHAW_HTTP_PORT must be a port number, not 'eighty'");
	}

}
