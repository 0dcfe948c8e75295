package org.mhaw.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Requests made beforehand for wrk's script ({@code wrk/requests.lua}), one a line: the
 * body, then its headers as {@code Name: value}, tab-separated. Making them in Java keeps
 * the script free of the platform's rules (signatures, ids) and keeps that work out of
 * the generator's time.
 *
 * @param path the file
 * @param count how many requests it holds
 * @param reusable whether the script may send them again once it has sent them all (a
 * pool for the bare endpoint, which checks nothing); otherwise each goes out at most once
 */
record RequestFile(Path path, int count, boolean reusable) {

	static RequestFile write(Path path, List<String> lines, boolean reusable) {
		if (lines.size() < Wrk.THREADS) {
			throw new BenchException("a wrk run needs at least one request per thread, got " + lines.size());
		}
		try {
			Files.createDirectories(path.getParent());
			Files.write(path, lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new RequestFile(path, lines.size(), reusable);
	}

	/**
	 * One request: a JSON body (one line) and its headers, {@code Content-Type} included.
	 */
	static String line(String body, Map<String, String> headers) {
		StringBuilder line = new StringBuilder(body);
		headers.forEach((name, value) -> line.append('\t').append(name).append(": ").append(value));
		boolean tabInside = body.indexOf('\t') >= 0
				|| headers.values().stream().anyMatch((value) -> value.indexOf('\t') >= 0);
		if (tabInside || line.chars().anyMatch((c) -> c == '\n' || c == '\r')) {
			throw new IllegalArgumentException("a request line cannot hold a tab or a line break inside: " + line);
		}
		return line.toString();
	}

	void delete() {
		try {
			Files.deleteIfExists(this.path);
		}
		catch (IOException ex) {
			Console.say("could not delete " + this.path + ": " + ex.getMessage());
		}
	}

}
