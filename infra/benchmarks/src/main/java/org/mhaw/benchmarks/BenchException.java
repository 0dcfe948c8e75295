package org.mhaw.benchmarks;

/** A benchmark step that could not run; its message says what to look at. */
class BenchException extends RuntimeException {

	BenchException(String message) {
		super(message);
	}

	BenchException(String message, Throwable cause) {
		super(message, cause);
	}

}
