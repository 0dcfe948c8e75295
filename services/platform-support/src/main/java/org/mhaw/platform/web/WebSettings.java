package org.mhaw.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may send.
 *
 * @param maxBodySize the largest JSON body accepted; larger ones are refused with 413
 */
@ConfigurationProperties("mhaw.http")
public record WebSettings(@DefaultValue("16KB") DataSize maxBodySize) {

}
