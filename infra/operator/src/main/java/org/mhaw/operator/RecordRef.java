package org.mhaw.operator;

/**
 * A record an operator names on the command line: {@code partition:offset}, or just
 * {@code offset} when only one partition of the topic has that offset.
 *
 * @param partition the partition, or {@code null} when not given
 * @param offset the offset
 */
record RecordRef(Integer partition, long offset) {

	static RecordRef parse(String text) {
		try {
			int colon = text.indexOf(':');
			if (colon < 0) {
				return new RecordRef(null, Long.parseLong(text));
			}
			return new RecordRef(Integer.parseInt(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
		}
		catch (NumberFormatException ex) {
			throw new OperatorException("'" + text + "' is not an offset: give partition:offset (such as 1:42), as "
					+ "'dlt list' shows them");
		}
	}

	boolean matches(DeadLetter deadLetter) {
		return deadLetter.record().offset() == this.offset
				&& (this.partition == null || deadLetter.record().partition() == this.partition);
	}

	@Override
	public String toString() {
		return (this.partition != null) ? this.partition + ":" + this.offset : String.valueOf(this.offset);
	}

}
