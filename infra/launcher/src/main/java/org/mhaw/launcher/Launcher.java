package org.mhaw.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded default: starts a real single-node KRaft broker, Redis and the five
 * services on this machine, prints where everything is, and stops it all on Ctrl-C. Data
 * (the Kafka log, an embedded Redis's append-only file, the logs) is kept under one
 * folder between runs.
 */
public final class Launcher {

	private Launcher() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(System.getProperty("mhaw.root", ".")).toAbsolutePath().normalize();
		Path data = Path.of(System.getenv().getOrDefault("MHAW_DATA", root.resolve(".mhaw-data").toString()));
		Files.createDirectories(data.resolve("logs"));

		List<ServiceSpec> services = ServiceSpec.platform(root);
		List<Integer> ports = new ArrayList<>(List.of(LocalKafka.PORT, LocalKafka.CONTROLLER_PORT));
		services.forEach((service) -> ports.add(service.port()));
		PortCheck.requireFree(ports);

		List<AutoCloseable> running = new ArrayList<>();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			Console.say("Stopping…");
			for (int i = running.size() - 1; i >= 0; i--) {
				closeQuietly(running.get(i));
			}
			stopped.countDown();
		}, "mhaw-launcher-stop"));

		LocalKafka kafka = LocalKafka.start(data.resolve("kafka"), data.resolve("logs"));
		running.add(kafka);
		LocalRedis redis = LocalRedis.choose(data.resolve("redis"));
		running.add(redis);
		Console.say("Kafka " + kafka.bootstrapServers() + " (" + kafka.description() + "), Redis " + redis.url() + " ("
				+ redis.description() + ")");

		List<ServiceProcess> processes = new ArrayList<>();
		for (ServiceSpec service : services) {
			ServiceProcess process = ServiceProcess.start(service, kafka.bootstrapServers(), redis.url(),
					data.resolve("logs"));
			running.add(process);
			processes.add(process);
		}
		for (ServiceProcess process : processes) {
			process.awaitReady();
		}
		Console.printUrls(services, kafka, redis, data);
		stopped.await();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			Console.say("could not stop cleanly: " + ex.getMessage());
		}
	}

}
