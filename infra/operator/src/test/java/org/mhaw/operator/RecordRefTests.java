package org.mhaw.operator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RecordRefTests {

	@Test
	void readsPartitionAndOffset() {
		assertThat(RecordRef.parse("2:41")).isEqualTo(new RecordRef(2, 41));
	}

	@Test
	void readsAnOffsetAloneAsAnyPartition() {
		assertThat(RecordRef.parse("41")).isEqualTo(new RecordRef(null, 41));
	}

	@Test
	void rejectsWhatIsNotAnOffsetSayingWhatToGive() {
		assertThatExceptionOfType(OperatorException.class).isThrownBy(() -> RecordRef.parse("latest"))
			.withMessageContaining("give partition:offset");
	}

}
