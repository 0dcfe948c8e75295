package org.mhaw.tips.authoring;

/** Where a tip is: only a published one is on the site. */
public enum TipStatus {

	DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED

}
