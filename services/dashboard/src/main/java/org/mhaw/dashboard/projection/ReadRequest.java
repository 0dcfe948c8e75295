package org.mhaw.dashboard.projection;

import java.util.ArrayList;
import java.util.List;

/** What to read from the live generation, in order ({@code read.lua}'s specs). */
public final class ReadRequest {

	private final List<String> specs = new ArrayList<>();

	/** A whole hash. */
	public ReadRequest hash(String name) {
		this.specs.add("H");
		this.specs.add(name);
		return this;
	}

	/** A set's size. */
	public ReadRequest setSize(String name) {
		this.specs.add("C");
		this.specs.add(name);
		return this;
	}

	/** A hash's size. */
	public ReadRequest hashSize(String name) {
		this.specs.add("L");
		this.specs.add(name);
		return this;
	}

	/** A sorted set's highest-scored members, with their scores. */
	public ReadRequest top(String name, int count) {
		this.specs.add("Z");
		this.specs.add(name);
		this.specs.add(Integer.toString(count));
		return this;
	}

	List<String> specs() {
		return this.specs;
	}

}
