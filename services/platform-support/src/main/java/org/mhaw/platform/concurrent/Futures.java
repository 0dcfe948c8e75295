package org.mhaw.platform.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import io.micrometer.context.ContextSnapshotFactory;

/**
 * Work that completes a future, for the callers that wait for it and for the stages that
 * read its failure: either sees the exception the work raised (an
 * {@link org.mhaw.platform.problem.ApiProblem} stays one, with its status), not the
 * wrapper a stage puts around it.
 */
public final class Futures {

	private static final ContextSnapshotFactory CONTEXT = ContextSnapshotFactory.builder().build();

	private Futures() {
	}

	/**
	 * Runs each stage handed to it at once, on the thread that completes the stage before
	 * (a stage already complete: on the caller's), with the context this thread has now:
	 * its trace, so that logs and the traceparent of records sent from those threads name
	 * the request they are for.
	 * @return the executor for {@code thenComposeAsync} and the like
	 */
	public static Executor inThisContext() {
		return CONTEXT.captureAll().wrapExecutor(Runnable::run);
	}

	/**
	 * Waits for a future whose work bounds its own time (every stage of it has a
	 * timeout).
	 * @param <T> its result type
	 * @param future the future
	 * @return its result
	 * @throws RuntimeException the work's own failure, unwrapped
	 */
	public static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			throw unchecked(cause(ex));
		}
	}

	/**
	 * The failure a stage was given, without the wrappers completion adds.
	 * @param failure what the stage was given
	 * @return the exception the work raised
	 */
	public static Throwable cause(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static RuntimeException unchecked(Throwable cause) {
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new IllegalStateException(cause);
	}

}
