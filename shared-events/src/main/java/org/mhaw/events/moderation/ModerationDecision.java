package org.mhaw.events.moderation;

/** A staff member's verdict on a moderation item. */
public enum ModerationDecision {

	APPROVED, REJECTED

}
