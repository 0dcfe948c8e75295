package org.mhaw.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mhaw.launcher.demo.CampaignDemo;
import org.mhaw.launcher.demo.DemoException;
import org.mhaw.launcher.demo.DemoOutcome;
import org.mhaw.launcher.demo.DemoPlan;

/**
 * The embedded default: starts a real single-node KRaft broker, Redis and the five
 * services on this machine, prints where everything is, and stops it all on Ctrl-C. Data
 * (the Kafka log, an embedded Redis's append-only file, the kept secrets, the logs) is
 * kept under one folder between runs. With {@code --demo} it then plays a campaign week
 * against what it started.
 */
public final class Launcher {

	private Launcher() {
	}

	public static void main(String[] args) throws Exception {
		List<String> options = List.of(args);
		if (options.stream().anyMatch((option) -> !option.equals("--demo"))) {
			Console.fail("Usage: infra/run [--demo]");
			System.exit(2);
		}
		boolean demo = options.contains("--demo");
		Path root = Path.of(System.getProperty("mhaw.root", ".")).toAbsolutePath().normalize();
		Map<String, String> env = System.getenv();
		Path data = Path.of(env.getOrDefault("MHAW_DATA", root.resolve(".mhaw-data").toString()));
		Platform platform = new Platform(root, data, PlatformPorts.fromEnvironment(env), env);
		CountDownLatch stopped = new CountDownLatch(1);
		AtomicBoolean stopping = new AtomicBoolean();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stopping.set(true);
			if (platform.anythingRunning()) {
				Console.say("Stopping…");
			}
			platform.close();
			stopped.countDown();
		}, "mhaw-launcher-stop"));
		try {
			platform.start();
			platform.printUrls();
			if (demo) {
				playDemo(platform, stopping);
			}
		}
		catch (LauncherException ex) {
			// something the person can fix: say what, without a stack trace (unless it is
			// only a service stopping because Ctrl-C stopped it)
			if (!stopping.get()) {
				Console.fail(ex.getMessage());
				System.exit(1);
			}
		}
		stopped.await();
	}

	/** The demo's outcome is reported, and the platform keeps running either way. */
	private static void playDemo(Platform platform, AtomicBoolean stopping) throws InterruptedException {
		try {
			DemoOutcome outcome = new CampaignDemo(platform.demoTargets(), DemoPlan.campaignWeek(), System.out).run();
			Console.say((outcome.matched() ? "The demo's tally matches the dashboard."
					: "The demo's tally does not match the dashboard (see above).")
					+ " The platform keeps running: Ctrl-C stops it.");
		}
		catch (DemoException ex) {
			if (stopping.get()) {
				// Ctrl-C stopped the services under the demo: nothing to report
				return;
			}
			Console.fail("The demo stopped: " + ex.getMessage() + ". The platform keeps running: Ctrl-C stops it.");
		}
	}

}
