package org.mhaw.donations.ledger;

/**
 * Where everything ever written about one donation ends on its own partitions of the
 * private topic and {@code mhaw.donations}, as known to the instance that last decided
 * about it. Its lock hands the mark to the next holder ({@link DonationLocks}), which
 * then only has to read up to it, or nothing at all if it is that instance itself,
 * instead of asking the broker where the log ends.
 *
 * @param instance the instance (one run of one process) whose state held everything up to
 * the mark
 * @param privateEnd the offset after the last record about the donation on its partition
 * of the private topic
 * @param donationsEnd the same on its partition of {@code mhaw.donations}
 */
record LogMark(String instance, long privateEnd, long donationsEnd) {

	/**
	 * The mark as Redis keeps it,
	 * {@code <Redis run id>|<instance>|<private end>|<donations end>}.
	 * @param redisRunId the run id of the Redis the writer took the lock from (or last
	 * saw)
	 * @return the stored form
	 */
	String storedBy(String redisRunId) {
		return redisRunId + "|" + this.instance + "|" + this.privateEnd + "|" + this.donationsEnd;
	}

	/**
	 * Reads a stored mark, trusting it only if the Redis that answers now stored it.
	 * @param stored what Redis held ({@code ""} for nothing, or {@code taken})
	 * @param redisRunId the run id of the Redis that answers now
	 * @return the mark, or {@code null} if there is none to trust
	 */
	static LogMark stored(String stored, String redisRunId) {
		String[] parts = stored.split("\\|");
		if (parts.length != 4 || !parts[0].equals(redisRunId)) {
			return null;
		}
		try {
			return new LogMark(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * This mark moved past records just written.
	 * @param instance the instance that wrote them, and knows everything up to the mark
	 * @param privateEnd the offset after a record written to the private topic, or 0
	 * @param donationsEnd the offset after a record written to {@code mhaw.donations}, or
	 * 0
	 * @return the later mark
	 */
	LogMark after(String instance, long privateEnd, long donationsEnd) {
		return new LogMark(instance, Math.max(this.privateEnd, privateEnd), Math.max(this.donationsEnd, donationsEnd));
	}

}
