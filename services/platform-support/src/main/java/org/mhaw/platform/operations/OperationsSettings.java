package org.mhaw.platform.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often operational measurements are taken.
 *
 * @param lagSampleInterval how often consumer lag is read from the listeners (Prometheus
 * scrapes every 15 s, so a few seconds is fresh enough)
 */
@ConfigurationProperties("mhaw.operations")
public record OperationsSettings(@DefaultValue("5s") Duration lagSampleInterval) {

}
