package org.mhaw.launcher.demo;

import java.net.URI;

/**
 * Where the demo reaches the running platform, and the keys it signs in with.
 *
 * @param donations the donations service's base URL
 * @param pledges the pledges service's base URL
 * @param localEvents the local-events service's base URL
 * @param tips the tips service's base URL
 * @param dashboard the dashboard's base URL
 * @param staffPassword the password of the {@code staff} user (refunds, moderation,
 * totals, the tips list)
 * @param partnerKey the demo partner's API key (submitting events)
 */
public record DemoTargets(URI donations, URI pledges, URI localEvents, URI tips, URI dashboard, String staffPassword,
		String partnerKey) {

	@Override
	public String toString() {
		// never print the keys
		return "DemoTargets[dashboard=" + this.dashboard + "]";
	}

}
