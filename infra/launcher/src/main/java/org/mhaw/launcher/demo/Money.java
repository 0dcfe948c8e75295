package org.mhaw.launcher.demo;

/** Pence as people read them. */
final class Money {

	private Money() {
	}

	static String pounds(long pence) {
		String sign = (pence < 0) ? "-" : "";
		long whole = Math.abs(pence);
		return String.format("%s£%,d.%02d", sign, whole / 100, whole % 100);
	}

}
