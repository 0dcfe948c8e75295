package org.mhaw.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mhaw.launcher.demo.DemoTargets;

/**
 * The whole platform on this machine, as {@code infra/run} starts it: a real KRaft broker
 * from the Kafka jars, Redis, and the five packaged services, each in its own JVM. What
 * has started is stopped by {@link #close()}, also when starting failed half way, so a
 * Ctrl-C or a failing test never leaves a process behind.
 */
public final class Platform implements AutoCloseable {

	static final String DEMO_PARTNER_KEY_FILE = "demo-partner-key";

	private final Path root;

	private final Path data;

	private final PlatformPorts ports;

	private final Map<String, String> env;

	private final List<AutoCloseable> running = new CopyOnWriteArrayList<>();

	private final List<ServiceSpec> services;

	private LocalKafka kafka;

	private LocalRedis redis;

	private StaffCredentials staff;

	private LocalSecret demoPartnerKey;

	private String redisKeyPrefix;

	/**
	 * A platform not yet started.
	 * @param root the repository (the service jars are under
	 * {@code services/<name>/target})
	 * @param data the data folder (Kafka's log, an embedded Redis's file, kept secrets,
	 * logs)
	 * @param ports where to listen
	 * @param env the environment ({@code REDIS_URL}, {@code STAFF_PASSWORD}, …)
	 */
	public Platform(Path root, Path data, PlatformPorts ports, Map<String, String> env) {
		this.root = root;
		this.data = data;
		this.ports = ports;
		this.env = Map.copyOf(env);
		this.services = ServiceSpec.platform(root, ports);
	}

	/**
	 * Starts the broker, Redis and the services, and waits until every service reports
	 * ready.
	 * @throws LauncherException when something the person can fix stops it (a port taken,
	 * a jar missing, a service that would not start)
	 */
	public void start() throws IOException, InterruptedException {
		Files.createDirectories(this.data.resolve("logs"));
		PortCheck.requireFree(portsNeeded());
		this.staff = StaffCredentials.forDataFolder(this.data, this.env);
		this.demoPartnerKey = LocalSecret.of(this.env, "LOCAL_EVENTS_DEMO_PARTNER_KEY",
				this.data.resolve(DEMO_PARTNER_KEY_FILE));
		// Keys supporter ids and sign-up links: kept, so links still work after a
		// restart.
		LocalSecret localEventsSecret = LocalSecret.of(this.env, "LOCAL_EVENTS_SECRET",
				this.data.resolve("local-events-secret"));

		String brokerClasspath = this.root.resolve("infra/launcher/target/lib") + "/*";
		this.kafka = LocalKafka.start(this.data.resolve("kafka"), this.data.resolve("logs"), brokerClasspath,
				this.ports.kafka(), this.ports.kafkaController());
		this.running.add(this.kafka);
		this.redis = LocalRedis.choose(this.env, this.data.resolve("redis"));
		this.running.add(this.redis);
		this.redisKeyPrefix = RedisKeyPrefix.forDataFolder(this.data, this.kafka.formattedNow(),
				this.kafka.clusterId());
		Console.say("Kafka " + this.kafka.bootstrapServers() + " (" + this.kafka.description() + "), Redis "
				+ this.redis.url() + " (" + this.redis.description() + ", keys under " + this.redisKeyPrefix + ")");

		Map<String, String> serviceEnv = new LinkedHashMap<>();
		serviceEnv.put("KAFKA_BOOTSTRAP_SERVERS", this.kafka.bootstrapServers());
		serviceEnv.put("REDIS_URL", this.redis.url().toString());
		// mhaw.redis.key-prefix, in the form Spring Boot binds from the environment
		serviceEnv.put("MHAW_REDIS_KEYPREFIX", this.redisKeyPrefix);
		// read by each service as mhaw.security.staff-password; the user is always staff
		serviceEnv.put("STAFF_PASSWORD", this.staff.password());
		List<ServiceProcess> processes = new ArrayList<>();
		for (ServiceSpec service : this.services) {
			Map<String, String> env = new LinkedHashMap<>(serviceEnv);
			if (service.name().equals("local-events")) {
				env.put("LOCAL_EVENTS_DEMO_PARTNER_KEY", this.demoPartnerKey.value());
				env.put("LOCAL_EVENTS_SECRET", localEventsSecret.value());
			}
			ServiceProcess process = ServiceProcess.start(service, env, this.data.resolve("logs"));
			this.running.add(process);
			processes.add(process);
		}
		for (ServiceProcess process : processes) {
			process.awaitReady();
		}
	}

	Map<Integer, String> portsNeeded() {
		Map<Integer, String> needed = new LinkedHashMap<>();
		needed.put(this.ports.kafka(), "Kafka");
		needed.put(this.ports.kafkaController(), "Kafka controller");
		this.services.forEach((service) -> needed.put(service.port(), service.name()));
		return needed;
	}

	/** Where the demo (or a test) reaches the running platform, and how it signs in. */
	public DemoTargets demoTargets() {
		return new DemoTargets(url("donations"), url("pledges"), url("local-events"), url("tips"), url("dashboard"),
				this.staff.password(), this.demoPartnerKey.value());
	}

	/**
	 * @param service a service's name, such as {@code dashboard}
	 * @return its base URL, such as {@code http://localhost:8080}
	 */
	public URI url(String service) {
		return this.services.stream()
			.filter((spec) -> spec.name().equals(service))
			.findFirst()
			.map((spec) -> URI.create(spec.baseUrl()))
			.orElseThrow(() -> new IllegalArgumentException("No service named " + service));
	}

	/** Where Redis is, for a test that cleans up its keys. */
	public URI redisUrl() {
		return (this.redis != null) ? this.redis.url() : null;
	}

	/** The prefix of every key the services wrote to Redis. */
	public String redisKeyPrefix() {
		return this.redisKeyPrefix;
	}

	void printUrls() {
		Console.printUrls(this.services, this.kafka, this.redis, this.staff, this.demoPartnerKey, this.data);
	}

	/**
	 * The services stop together (each has up to 30 s to finish what it is doing), then
	 * Redis and Kafka, which they needed until the end. Safe to call more than once.
	 */
	@Override
	public void close() {
		List<Thread> stopping = this.running.stream()
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
		for (int i = this.running.size() - 1; i >= 0; i--) {
			if (!(this.running.get(i) instanceof ServiceProcess)) {
				closeQuietly(this.running.get(i));
			}
		}
		this.running.clear();
	}

	boolean anythingRunning() {
		return !this.running.isEmpty();
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
