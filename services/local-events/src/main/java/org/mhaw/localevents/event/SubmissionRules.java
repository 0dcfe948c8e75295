package org.mhaw.localevents.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

import org.mhaw.events.Region;
import org.mhaw.events.calendar.CampaignCalendar;
import org.mhaw.localevents.partner.AuthenticatedPartner;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.stereotype.Component;

/**
 * The checks that span fields, after bean validation has checked each one: where, when,
 * and who to ask. Produces the details kept for the revision.
 */
@Component
class SubmissionRules {

	private final Clock clock;

	SubmissionRules(Clock clock) {
		this.clock = clock;
	}

	EventDetails check(EventSubmission submission, AuthenticatedPartner partner) {
		EventDetails.Venue venue = null;
		Region region = Region.ONLINE;
		boolean online = Boolean.TRUE.equals(submission.online());
		if (!online) {
			if (submission.venue() == null) {
				throw ApiProblem.badField("venue", "is required unless the event is online");
			}
			if (submission.region() == null || submission.region() == Region.UNKNOWN
					|| submission.region() == Region.ONLINE) {
				throw ApiProblem.badField("region", "must be the region the venue is in");
			}
			venue = submission.venue().normalised();
			region = submission.region();
		}
		Instant startsAt = london(submission.startsAt());
		Instant endsAt = london(submission.endsAt());
		if (!endsAt.isAfter(startsAt)) {
			throw ApiProblem.badField("endsAt", "must be after the start");
		}
		CampaignCalendar week = CampaignCalendar.upcoming(this.clock);
		if (!partner.mayRunOutsideCampaignWeek()) {
			if (!week.contains(startsAt)) {
				throw ApiProblem.badField("startsAt",
						"must fall in Mental Health Awareness Week, " + week.firstDay() + " to " + week.lastDay());
			}
			if (endsAt.isAfter(week.end())) {
				throw ApiProblem.badField("endsAt",
						"must fall in Mental Health Awareness Week, " + week.firstDay() + " to " + week.lastDay());
			}
		}
		EventDetails.Contact contact = submission.contact();
		if (isBlank(contact.email()) && isBlank(contact.phone())) {
			throw ApiProblem.badField("contact", "needs an email address or a phone number for attendees");
		}
		return new EventDetails(submission.title().strip(), submission.description().strip(), submission.category(),
				online, venue, region, startsAt, endsAt, submission.capacity(), submission.free(),
				(submission.accessibility() != null) ? submission.accessibility() : EventDetails.Accessibility.NONE,
				contact);
	}

	private static Instant london(LocalDateTime time) {
		return time.atZone(CampaignCalendar.LONDON).toInstant();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
