package org.mhaw.localevents.partner;

/** The kinds of organisation that run local events for the week. */
public enum PartnerKind {

	COMMUNITY_GROUP, GP_PRACTICE, PARKRUN_OR_WALKING_GROUP, HERITAGE_GROUP, COMMUNITY_HUB, YOUTH_ORGANISATION, OTHER

}
