package org.mhaw.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The staff sign-in for the embedded default: user {@code staff}, with a password
 * generated on the first run and kept (readable by its owner only) in the data folder, so
 * it stays the same from one run to the next. {@code STAFF_PASSWORD} in the environment
 * wins. Every service gets it as {@code STAFF_PASSWORD}.
 *
 * @param username the staff user name
 * @param password its password
 * @param origin where the password came from, for the console
 */
record StaffCredentials(String username, String password, String origin) {

	static final String USERNAME = "staff";

	static final String FILE = "staff-password";

	static StaffCredentials forDataFolder(Path data, Map<String, String> env) throws IOException {
		LocalSecret password = LocalSecret.of(env, "STAFF_PASSWORD", data.resolve(FILE));
		return new StaffCredentials(USERNAME, password.value(), password.origin());
	}

}
