package org.mhaw.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The embedded default: starts a real single-node KRaft broker, Redis and the five
 * services on this machine, prints where everything is, and stops it all on Ctrl-C. Data
 * (the Kafka log, an embedded Redis's append-only file, the staff password, the logs) is
 * kept under one folder between runs.
 */
public final class Launcher {

	private Launcher() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(System.getProperty("mhaw.root", ".")).toAbsolutePath().normalize();
		Map<String, String> env = System.getenv();
		Path data = Path.of(env.getOrDefault("MHAW_DATA", root.resolve(".mhaw-data").toString()));
		List<AutoCloseable> running = new CopyOnWriteArrayList<>();
		CountDownLatch stopped = new CountDownLatch(1);
		AtomicBoolean stopping = new AtomicBoolean();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stopping.set(true);
			if (!running.isEmpty()) {
				Console.say("Stopping…");
			}
			stopAll(running);
			stopped.countDown();
		}, "mhaw-launcher-stop"));
		try {
			start(root, env, data, running);
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

	private static void start(Path root, Map<String, String> env, Path data, List<AutoCloseable> running)
			throws Exception {
		Files.createDirectories(data.resolve("logs"));
		List<ServiceSpec> services = ServiceSpec.platform(root);
		PortCheck.requireFree(portsNeeded(services));
		StaffCredentials staff = StaffCredentials.forDataFolder(data, env);

		String brokerClasspath = root.resolve("infra/launcher/target/lib") + "/*";
		LocalKafka kafka = LocalKafka.start(data.resolve("kafka"), data.resolve("logs"), brokerClasspath,
				LocalKafka.PORT, LocalKafka.CONTROLLER_PORT);
		running.add(kafka);
		LocalRedis redis = LocalRedis.choose(env, data.resolve("redis"));
		running.add(redis);
		Console.say("Kafka " + kafka.bootstrapServers() + " (" + kafka.description() + "), Redis " + redis.url() + " ("
				+ redis.description() + ")");

		List<ServiceProcess> processes = new ArrayList<>();
		for (ServiceSpec service : services) {
			ServiceProcess process = ServiceProcess.start(service, kafka.bootstrapServers(), redis.url(), staff,
					data.resolve("logs"));
			running.add(process);
			processes.add(process);
		}
		for (ServiceProcess process : processes) {
			process.awaitReady();
		}
		Console.printUrls(services, kafka, redis, staff, data);
	}

	static Map<Integer, String> portsNeeded(List<ServiceSpec> services) {
		Map<Integer, String> ports = new LinkedHashMap<>();
		ports.put(LocalKafka.PORT, "Kafka");
		ports.put(LocalKafka.CONTROLLER_PORT, "Kafka controller");
		services.forEach((service) -> ports.put(service.port(), service.name()));
		return ports;
	}

	/**
	 * The services stop together (each has up to 30 s to finish what it is doing), then
	 * Redis and Kafka, which they needed until the end.
	 */
	static void stopAll(List<AutoCloseable> running) {
		List<Thread> stopping = running.stream()
			.filter(ServiceProcess.class::isInstance)
			.map((service) -> new Thread(() -> closeQuietly(service), "mhaw-stop"))
			.toList();
		stopping.forEach(Thread::start);
		for (Thread thread : stopping) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		for (int i = running.size() - 1; i >= 0; i--) {
			if (!(running.get(i) instanceof ServiceProcess)) {
				closeQuietly(running.get(i));
			}
		}
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
