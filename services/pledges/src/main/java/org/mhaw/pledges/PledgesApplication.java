package org.mhaw.pledges;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Pledges: the pledge catalogue and supporters' pledges. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PledgesApplication {

	public static void main(String[] args) {
		SpringApplication.run(PledgesApplication.class, args);
	}

}
