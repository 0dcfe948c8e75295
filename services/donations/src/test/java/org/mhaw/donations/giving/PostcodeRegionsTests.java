package org.mhaw.donations.giving;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mhaw.events.Region;

import static org.assertj.core.api.Assertions.assertThat;

class PostcodeRegionsTests {

	@ParameterizedTest(name = "{0} is in {1}")
	@CsvSource({ "M1 1AE, NORTH_WEST", "m1, NORTH_WEST", "SW1A 1AA, LONDON", "EH1 1YZ, SCOTLAND", "CF10 1EP, WALES",
			"BT1 5GS, NORTHERN_IRELAND", "LS1 4AP, YORKSHIRE_AND_THE_HUMBER", "B1, WEST_MIDLANDS",
			"NG1 5FS, EAST_MIDLANDS", "NE1 7RU, NORTH_EAST", "CB2 1TN, EAST_OF_ENGLAND", "OX1 2JD, SOUTH_EAST",
			"EX4 3LS, SOUTH_WEST", "JE2 3NN, UNKNOWN", "12345, UNKNOWN", "'', UNKNOWN" })
	void findsTheRegionFromTheArea(String postcode, Region region) {
		assertThat(PostcodeRegions.regionOf(postcode)).isEqualTo(region);
	}

}
