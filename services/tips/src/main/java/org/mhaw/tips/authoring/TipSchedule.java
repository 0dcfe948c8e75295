package org.mhaw.tips.authoring;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

/**
 * When a tip should go out.
 *
 * @param publishAt the moment, in the future (ISO-8601, such as
 * {@code 2025-05-12T07:00:00Z})
 */
record TipSchedule(@NotNull(message = "Give the time to publish at") Instant publishAt) {

}
