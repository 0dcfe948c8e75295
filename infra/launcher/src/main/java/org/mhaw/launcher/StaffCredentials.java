package org.mhaw.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
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

	private static final SecureRandom RANDOM = new SecureRandom();

	static StaffCredentials forDataFolder(Path data, Map<String, String> env) throws IOException {
		String configured = env.get("STAFF_PASSWORD");
		if (configured != null && !configured.isBlank()) {
			return new StaffCredentials(USERNAME, configured, "from STAFF_PASSWORD");
		}
		Path file = data.resolve(FILE);
		if (!Files.exists(file)) {
			create(file);
		}
		return new StaffCredentials(USERNAME, Files.readString(file, StandardCharsets.UTF_8).strip(),
				"kept in " + file);
	}

	private static void create(Path file) throws IOException {
		byte[] secret = new byte[18];
		RANDOM.nextBytes(secret);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Files.createDirectories(file.getParent());
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (FileAlreadyExistsException ex) {
			// another launcher created it first: keep theirs
			return;
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
	}

}
