package org.mhaw.platform.idempotency;

/**
 * The answer given to the first request with a key, replayed to every retry.
 *
 * @param status HTTP status
 * @param contentType its content type, or empty
 * @param body its body
 */
public record IdempotentAnswer(int status, String contentType, byte[] body) {

}
