package org.mhaw.localevents.log;

/**
 * A record on one of the service's private topics. Each feature's records say their
 * logical type name with Jackson's {@code @JsonTypeInfo(use = NAME)}, so no Java class
 * name is written to the log.
 */
public interface PrivateRecord {

	/** The record key: the aggregate whose records must stay in order. */
	String key();

}
