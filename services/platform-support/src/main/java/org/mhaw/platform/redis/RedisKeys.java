package org.mhaw.platform.redis;

/**
 * Builds this deployment's colon-namespaced Redis keys, such as
 * {@code mhaw:counter:donations:pence}.
 *
 * @param prefix the deployment's prefix, ending in a colon
 */
public record RedisKeys(String prefix) {

	/**
	 * The key for the given parts.
	 * @param parts key parts, joined with colons
	 * @return the prefixed key
	 */
	public String key(String... parts) {
		return this.prefix + String.join(":", parts);
	}

}
