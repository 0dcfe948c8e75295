package org.mhaw.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Where the platform listens on this machine.
 *
 * @param dashboard the dashboard's HTTP port
 * @param donations the donations service's HTTP port
 * @param pledges the pledges service's HTTP port
 * @param localEvents the local-events service's HTTP port
 * @param tips the tips service's HTTP port
 * @param kafka the broker's client port
 * @param kafkaController the broker's KRaft controller port
 */
public record PlatformPorts(int dashboard, int donations, int pledges, int localEvents, int tips, int kafka,
		int kafkaController) {

	/** The ports the README lists: 8080–8084 and 9092–9093. */
	public static PlatformPorts standard() {
		return fromHttpBase(8080, 9092);
	}

	/**
	 * The standard ports unless {@code MHAW_HTTP_PORT} (the dashboard's; the services
	 * take the next four) or {@code MHAW_KAFKA_PORT} (the controller takes the next) says
	 * otherwise, for a second platform beside the first.
	 * @param env the environment
	 * @return the ports to use
	 */
	public static PlatformPorts fromEnvironment(Map<String, String> env) {
		return fromHttpBase(port(env, "MHAW_HTTP_PORT", 8080), port(env, "MHAW_KAFKA_PORT", 9092));
	}

	/** Ports free right now, for a test that must not clash with anything. */
	public static PlatformPorts free() {
		return new PlatformPorts(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
	}

	private static PlatformPorts fromHttpBase(int http, int kafka) {
		return new PlatformPorts(http, http + 1, http + 2, http + 3, http + 4, kafka, kafka + 1);
	}

	private static int port(Map<String, String> env, String name, int standard) {
		String value = env.get(name);
		if (value == null || value.isBlank()) {
			return standard;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new LauncherException(name + " must be a port number, not '" + value + "'");
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
