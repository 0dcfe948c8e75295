package org.mhaw.launcher.demo;

/** The demo could not go on: the platform did not answer as its APIs say it would. */
public class DemoException extends RuntimeException {

	DemoException(String message) {
		super(message);
	}

}
