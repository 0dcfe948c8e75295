package org.mhaw.pledges;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Pledges: the pledge catalogue and supporters' pledges. */
@SpringBootApplication
public class PledgesApplication {

	public static void main(String[] args) {
		SpringApplication.run(PledgesApplication.class, args);
	}

}
