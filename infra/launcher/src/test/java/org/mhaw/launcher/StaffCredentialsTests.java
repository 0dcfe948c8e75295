package org.mhaw.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StaffCredentialsTests {

	@TempDir
	Path data;

	@Test
	void generatesThePasswordOnceAndKeepsItForTheNextRun() throws IOException {
		StaffCredentials first = StaffCredentials.forDataFolder(this.data, Map.of());

		StaffCredentials second = StaffCredentials.forDataFolder(this.data, Map.of());

		assertThat(first.username()).isEqualTo("staff");
		assertThat(first.password()).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9_-]+");
		assertThat(second.password()).isEqualTo(first.password());
	}

	@Test
	void eachDataFolderHasItsOwnPassword(@TempDir Path other) throws IOException {
		String here = StaffCredentials.forDataFolder(this.data, Map.of()).password();

		String there = StaffCredentials.forDataFolder(other, Map.of()).password();

		assertThat(there).isNotEqualTo(here);
	}

	@Test
	void keepsThePasswordReadableByItsOwnerOnly() throws IOException {
		StaffCredentials.forDataFolder(this.data, Map.of());

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.data.resolve("staff-password"))))
			.isEqualTo("rw-------");
	}

	@Test
	void staffPasswordFromTheEnvironmentWinsAndIsNotWritten() throws IOException {
		StaffCredentials staff = StaffCredentials.forDataFolder(this.data, Map.of("STAFF_PASSWORD", "local-only-1"));

		assertThat(staff.password()).isEqualTo("local-only-1");
		assertThat(this.data.resolve("staff-password")).doesNotExist();
	}

}
