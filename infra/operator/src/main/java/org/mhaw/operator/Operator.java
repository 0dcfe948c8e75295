package org.mhaw.operator;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The operator's command, run by {@code infra/ops}. A command-line tool: it prints its
 * answers.
 *
 * <pre>
 * infra/ops dlt list [dlt-topic]                 what sits in each -dlt topic, and why
 * infra/ops dlt replay &lt;dlt-topic&gt; &lt;partition:offset&gt;...   put records back, once
 * infra/ops rebuild                              rebuild the dashboard's projections from the log
 * </pre>
 *
 * {@code KAFKA_BOOTSTRAP_SERVERS} (default {@code localhost:9092}), {@code DASHBOARD_URL}
 * (default {@code http://localhost:8080}) and {@code STAFF_PASSWORD} (default: the one
 * {@code infra/run} keeps in {@code .mhaw-data/}) say where things are.
 */
public final class Operator {

	static final String USAGE = """
			usage: infra/ops dlt list [dlt-topic]
			       infra/ops dlt replay <dlt-topic> <partition:offset>...
			       infra/ops rebuild
			""";

	private final Map<String, String> env;

	private final Path data;

	private final PrintStream out;

	Operator(Map<String, String> env, Path data, PrintStream out) {
		this.env = env;
		this.data = data;
		this.out = out;
	}

	public static void main(String[] args) {
		Path root = Path.of(System.getProperty("mhaw.root", ".")).toAbsolutePath().normalize();
		Map<String, String> env = System.getenv();
		Path data = Path.of(env.getOrDefault("MHAW_DATA", root.resolve(".mhaw-data").toString()));
		int status;
		try {
			status = new Operator(env, data, System.out).run(args);
		}
		catch (OperatorException ex) {
			System.err.println(ex.getMessage());
			status = 1;
		}
		System.exit(status);
	}

	/**
	 * Runs one command.
	 * @param args the command line
	 * @return the exit status: 0 done, 1 failed or refused, 2 not understood
	 */
	int run(String... args) {
		List<String> words = Arrays.asList(args);
		if (words.size() >= 2 && words.get(0).equals("dlt") && words.get(1).equals("list") && words.size() <= 3) {
			return list((words.size() == 3) ? List.of(words.get(2)) : DeadLetters.allDeadLetterTopics());
		}
		if (words.size() >= 4 && words.get(0).equals("dlt") && words.get(1).equals("replay")) {
			return replay(words.get(2), words.subList(3, words.size()).stream().map(RecordRef::parse).toList());
		}
		if (words.equals(List.of("rebuild"))) {
			return rebuild();
		}
		this.out.print(USAGE);
		return 2;
	}

	private int list(List<String> dltTopics) {
		try (DeadLetters deadLetters = deadLetters()) {
			Map<String, String> replayed = deadLetters.replayed();
			for (String topic : dltTopics) {
				List<DeadLetter> records = deadLetters.list(topic);
				this.out.println(topic + ": " + records.size() + ((records.size() == 1) ? " record" : " records"));
				records.forEach((record) -> print(record, replayed.get(DeadLetters.replayKey(record))));
			}
		}
		return 0;
	}

	private void print(DeadLetter deadLetter, String replayed) {
		this.out.printf("  %-8s key %s, dead-lettered %s%n", deadLetter.ref(), deadLetter.record().key(),
				deadLetter.deadLetteredAt());
		this.out.printf("           from %s %s:%s%s%n", deadLetter.originalTopic(), deadLetter.originalPartition(),
				deadLetter.originalOffset(),
				(deadLetter.consumerGroup() != null) ? " (group " + deadLetter.consumerGroup() + ")" : "");
		this.out.printf("           %s: %s%n", deadLetter.exceptionClass(), deadLetter.exceptionMessage());
		String rootCause = deadLetter.rootCause();
		if (rootCause != null) {
			this.out.println("           caused by " + rootCause);
		}
		if (replayed != null) {
			this.out.println("           replayed " + replayed);
		}
	}

	private int replay(String dltTopic, List<RecordRef> refs) {
		try (DeadLetters deadLetters = deadLetters()) {
			List<DeadLetters.Replay> outcomes = deadLetters.replay(dltTopic, refs);
			outcomes.forEach((outcome) -> this.out.printf("  %-8s %s%s%n", outcome.ref(),
					outcome.replayed() ? "" : "refused: ", outcome.detail()));
			return outcomes.stream().allMatch(DeadLetters.Replay::replayed) ? 0 : 1;
		}
	}

	private int rebuild() {
		URI dashboard = URI.create(this.env.getOrDefault("DASHBOARD_URL", "http://localhost:8080"));
		try {
			HttpResponse<String> response = Rebuild.call(dashboard, Rebuild.staffPassword(this.env, this.data));
			this.out.println("POST " + dashboard.resolve(Rebuild.PATH) + " -> " + response.statusCode());
			if (!response.body().isBlank()) {
				this.out.println(response.body());
			}
			return (response.statusCode() / 100 == 2) ? 0 : 1;
		}
		catch (ConnectException ex) {
			throw new OperatorException("The dashboard does not answer at " + dashboard + " (set DASHBOARD_URL)");
		}
		catch (IOException ex) {
			throw new OperatorException("Rebuild failed: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OperatorException("interrupted while waiting for the rebuild");
		}
	}

	private DeadLetters deadLetters() {
		return new DeadLetters(this.env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"), Clock.systemUTC());
	}

}
