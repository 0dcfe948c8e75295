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
 * A secret for local use: the environment's if set, else one generated on the first run
 * and kept (readable by its owner only) in the data folder, so it stays the same from one
 * run to the next.
 *
 * @param value the secret
 * @param origin where it came from, for the console
 */
record LocalSecret(String value, String origin) {

	private static final SecureRandom RANDOM = new SecureRandom();

	static LocalSecret of(Map<String, String> env, String variable, Path file) throws IOException {
		String configured = env.get(variable);
		if (configured != null && !configured.isBlank()) {
			return new LocalSecret(configured, "from " + variable);
		}
		if (!Files.exists(file)) {
			create(file);
		}
		return new LocalSecret(Files.readString(file, StandardCharsets.UTF_8).strip(), "kept in " + file);
	}

	private static void create(Path file) throws IOException {
		byte[] secret = new byte[18];
		RANDOM.nextBytes(secret);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
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
		Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
	}

}
