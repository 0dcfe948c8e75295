package org.mhaw.platform.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script kept as a {@code .lua} resource, loaded once and run by its SHA. If Redis
 * restarted and forgot it, the next call loads it again.
 */
public final class RedisScript {

	private final String source;

	private volatile String sha;

	private RedisScript(String source) {
		this.source = source;
	}

	/**
	 * Reads a script from the classpath.
	 * @param resource its path, such as {@code org/mhaw/platform/idempotency/claim.lua}
	 * @return the script
	 */
	public static RedisScript fromClasspath(String resource) {
		try (InputStream in = RedisScript.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no script at " + resource);
			}
			return new RedisScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Object run(RedisClient redis, List<String> keys, List<String> args) {
		try {
			return redis.evalsha(sha(redis), keys, args);
		}
		catch (JedisNoScriptException ex) {
			return redis.evalsha(load(redis), keys, args);
		}
	}

	/**
	 * Queues a run of this script on a pipeline, by its SHA (loaded first if this process
	 * has not yet). If Redis has forgotten the script by the time the pipeline runs, that
	 * run's response throws {@link JedisNoScriptException}: {@link #run} it again.
	 * @param redis the client, to load the script with
	 * @param pipeline the pipeline
	 * @param keys the script's keys
	 * @param args its arguments
	 * @return the run's response, once the pipeline is synced
	 */
	public Response<Object> runIn(RedisClient redis, AbstractPipeline pipeline, List<String> keys, List<String> args) {
		return pipeline.evalsha(sha(redis), keys, args);
	}

	/** The script's SHA, loaded into Redis first if this process has not yet. */
	private String sha(RedisClient redis) {
		String current = this.sha;
		return (current != null) ? current : load(redis);
	}

	private String load(RedisClient redis) {
		String loaded = redis.scriptLoad(this.source);
		this.sha = loaded;
		return loaded;
	}

}
