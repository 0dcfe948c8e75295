package org.mhaw.benchmarks;

import java.io.PrintStream;

/**
 * What the benchmark tells the person who ran it: it is a command-line tool, so it
 * prints.
 */
final class Console {

	private static final PrintStream OUT = System.out;

	private Console() {
	}

	static void say(String line) {
		OUT.println("[bench] " + line);
	}

	static void print(String text) {
		OUT.println(text);
	}

}
