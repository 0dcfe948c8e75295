package org.mhaw.launcher;

/** Something the person running the launcher can fix; its message says what. */
class LauncherException extends RuntimeException {

	LauncherException(String message) {
		super(message);
	}

}
