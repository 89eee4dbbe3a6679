package com.cadhire;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * CadHire: the hiring side of a CAD-design marketplace.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CadHireApplication {

	public static void main(String[] args) {
		SpringApplication.run(CadHireApplication.class, args);
	}

	/**
	 * The one clock of the application; tests replace it to move time.
	 * @return the system clock in UTC
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
