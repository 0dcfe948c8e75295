package org.mhaw.launcher;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RedisKeyPrefixTests {

	@TempDir
	Path data;

	@Test
	void aNewLogGetsKeysNamedAfterItAndKeepsThemForTheNextRun() throws IOException {
		String first = RedisKeyPrefix.forDataFolder(this.data, true, "q1Sh-3xXRi2tGdbs1dN0fA");
		String next = RedisKeyPrefix.forDataFolder(this.data, false, "q1Sh-3xXRi2tGdbs1dN0fA");

		assertThat(first).isEqualTo("mhaw:q1Sh-3xXRi2tGdbs1dN0fA:");
		assertThat(next).isEqualTo(first);
	}

	@Test
	void aLogKeptFromBeforeThePrefixExistedKeepsThePlainPrefix() throws IOException {
		assertThat(RedisKeyPrefix.forDataFolder(this.data, false, "q1Sh-3xXRi2tGdbs1dN0fA")).isEqualTo("mhaw:");
		assertThat(this.data.resolve(RedisKeyPrefix.FILE)).content().isEqualToIgnoringWhitespace("mhaw:");
	}

}
