package org.mhaw.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PortCheckTests {

	@Test
	void namesTheTakenPortAndWhatNeededIt() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int freePort = free.getLocalPort();
			free.close();
			Map<Integer, String> needs = new LinkedHashMap<>();
			needs.put(freePort, "dashboard");
			needs.put(taken.getLocalPort(), "Kafka");

			assertThatExceptionOfType(LauncherException.class).isThrownBy(() -> PortCheck.requireFree(needs))
				.withMessageStartingWith("Port " + taken.getLocalPort() + " (Kafka) is already in use.");
		}
	}

	@Test
	void passesWhenEveryPortIsFree() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}

		assertThatNoException().isThrownBy(() -> PortCheck.requireFree(Map.of(port, "tips")));
	}

	@Test
	void checksKafkaAndEveryServicePort() {
		Map<Integer, String> needs = Launcher.portsNeeded(ServiceSpec.platform(Path.of(".")));

		assertThat(needs).containsEntry(9092, "Kafka")
			.containsEntry(9093, "Kafka controller")
			.containsEntry(8080, "dashboard")
			.containsEntry(8081, "donations")
			.containsEntry(8082, "pledges")
			.containsEntry(8083, "local-events")
			.containsEntry(8084, "tips");
	}

}
