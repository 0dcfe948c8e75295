package org.mhaw.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Fails fast, naming the port and what needed it, when something else already listens
 * where the stack needs to.
 */
final class PortCheck {

	private PortCheck() {
	}

	/**
	 * Checks every port before anything starts, so a clash is reported once and nothing
	 * is left half-started.
	 * @param needs each port and what the platform wants it for, in the order to check
	 * @throws LauncherException naming the first port that is taken
	 */
	static void requireFree(Map<Integer, String> needs) {
		needs.forEach((port, purpose) -> {
			if (!isFree(port)) {
				throw new LauncherException("Port " + port + " (" + purpose
						+ ") is already in use. Stop whatever listens there (is the platform already running?) and try again.");
			}
		});
	}

	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
