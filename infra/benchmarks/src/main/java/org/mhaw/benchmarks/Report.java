package org.mhaw.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's findings as Markdown: the machine, then one row per figure with its bare
 * counterpart and the ratio, then the notes. Printed at the end and written to a file.
 */
final class Report {

	private final List<String> machine = new ArrayList<>();

	private final List<String> rows = new ArrayList<>();

	private final List<String> details = new ArrayList<>();

	void machine(String line) {
		this.machine.add(line);
	}

	/**
	 * One figure beside its bare part.
	 * @param ratio platform / bare, or {@code NaN} when there is none
	 * @param target the target and whether it was met, or empty
	 */
	void row(String figure, String platform, String bare, double ratio, String target) {
		this.rows.add("| " + figure + " | " + platform + " | " + bare + " | "
				+ (Double.isNaN(ratio) ? "–" : ratio(ratio)) + " | " + target + " |");
	}

	/** Three significant figures: 0.00412, 0.412, 4.12, 41.2. */
	private static String ratio(double ratio) {
		return new java.math.BigDecimal(ratio).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
	}

	void detail(String line) {
		this.details.add(line);
		Console.say(line);
	}

	static String met(boolean met, String target) {
		return (met ? "met: " : "**missed**: ") + target;
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("## Machine\n\n");
		this.machine.forEach((line) -> out.append("- ").append(line).append('\n'));
		out.append("\n## Figures\n\n");
		out.append("| figure | platform | bare part (same run) | ratio platform ÷ bare | target |\n");
		out.append("|---|---|---|---|---|\n");
		this.rows.forEach((row) -> out.append(row).append('\n'));
		out.append("\n## Details\n\n");
		this.details.forEach((line) -> out.append("- ").append(line).append('\n'));
		return out.toString();
	}

	void write(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, markdown());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
