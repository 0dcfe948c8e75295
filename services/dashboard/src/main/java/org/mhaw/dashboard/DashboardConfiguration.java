package org.mhaw.dashboard;

import java.time.Clock;

import org.mhaw.events.calendar.CampaignCalendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DashboardSettings.class, CampaignSettings.class })
@EnableScheduling
class DashboardConfiguration {

	@Bean
	CampaignCalendar campaignCalendar(CampaignSettings settings, Clock clock) {
		return (settings.year() != null) ? new CampaignCalendar(settings.year()) : CampaignCalendar.upcoming(clock);
	}

}
