package org.mhaw.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.mhaw.launcher.demo.CampaignDemo;
import org.mhaw.launcher.demo.DemoException;
import org.mhaw.launcher.demo.DemoOutcome;
import org.mhaw.launcher.demo.DemoPlan;
import org.mhaw.launcher.demo.DemoTargets;

/**
 * {@code infra/demo}: plays the campaign week against a platform {@code infra/run}
 * already started, with the same data folder and ports, and exits 0 only when the
 * dashboard matched the demo's tally.
 */
public final class DemoCommand {

	private DemoCommand() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(System.getProperty("mhaw.root", ".")).toAbsolutePath().normalize();
		Map<String, String> env = System.getenv();
		Path data = Path.of(env.getOrDefault("MHAW_DATA", root.resolve(".mhaw-data").toString()));
		try {
			PlatformPorts ports = PlatformPorts.fromEnvironment(env);
			DemoTargets targets = new DemoTargets(local(ports.donations()), local(ports.pledges()),
					local(ports.localEvents()), local(ports.tips()), local(ports.dashboard()),
					kept(env, "STAFF_PASSWORD", data.resolve(StaffCredentials.FILE)),
					kept(env, "LOCAL_EVENTS_DEMO_PARTNER_KEY", data.resolve(Platform.DEMO_PARTNER_KEY_FILE)));
			DemoOutcome outcome = new CampaignDemo(targets, DemoPlan.campaignWeek(), System.out).run();
			System.exit(outcome.matched() ? 0 : 1);
		}
		catch (LauncherException | DemoException ex) {
			Console.fail(ex.getMessage());
			System.exit(1);
		}
	}

	private static URI local(int port) {
		return URI.create("http://localhost:" + port);
	}

	/**
	 * The launcher's secret, never a new one: a new one would not match the services'.
	 */
	private static String kept(Map<String, String> env, String variable, Path file) throws IOException {
		String configured = env.get(variable);
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		if (!Files.exists(file)) {
			throw new LauncherException(file + " is missing: start the platform with infra/run first (same MHAW_DATA), "
					+ "or set " + variable);
		}
		return Files.readString(file, StandardCharsets.UTF_8).strip();
	}

}
