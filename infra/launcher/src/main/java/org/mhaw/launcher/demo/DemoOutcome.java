package org.mhaw.launcher.demo;

import java.util.List;
import java.util.Map;

/**
 * How a demo went.
 *
 * @param tally what the demo saw the platform accept
 * @param expected the dashboard figures it expected afterwards
 * @param differences where the dashboard still differed when the check gave up; empty
 * when it matched to the penny
 */
public record DemoOutcome(DemoTally tally, Map<String, Long> expected, List<String> differences) {

	public boolean matched() {
		return this.differences.isEmpty();
	}

}
