package org.mhaw.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * Fails fast, naming the port, when something else already listens where the stack needs
 * to.
 */
final class PortCheck {

	private PortCheck() {
	}

	static void requireFree(List<Integer> ports) {
		for (int port : ports) {
			if (!isFree(port)) {
				throw new LauncherException("Port " + port
						+ " is already in use. Stop whatever listens there (is the platform already running?) and try again.");
			}
		}
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
