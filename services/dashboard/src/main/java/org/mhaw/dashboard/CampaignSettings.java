package org.mhaw.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which Mental Health Awareness Week the dashboard reports on.
 *
 * @param year the campaign's year; when unset, the week that is running or comes next
 */
@ConfigurationProperties("mhaw.campaign")
record CampaignSettings(Integer year) {

}
