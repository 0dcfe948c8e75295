package org.mhaw.platform.idempotency;

/** What an idempotency key says about a request that carries it. */
public sealed interface Claim {

	/** No request used the key yet: this one runs. */
	record First() implements Claim {

	}

	/** The first request with this key finished: give its answer again. */
	record Replay(IdempotentAnswer answer) implements Claim {

	}

	/** The first request with this key is still running. */
	record InFlight() implements Claim {

	}

	/** The key was used with a different request. */
	record Mismatch() implements Claim {

	}

}
