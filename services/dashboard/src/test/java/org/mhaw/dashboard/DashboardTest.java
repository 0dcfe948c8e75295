package org.mhaw.dashboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.mhaw.testsupport.RealInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The dashboard on a random port against the real broker and Redis. Every test class
 * shares this one configuration, so they share one application context (and one live
 * consumer), as one running instance would. A rebuild polls small batches here, so the
 * tests' short log still spans many of them (and duplicates fall across batches).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mhaw.security.staff-password=" + StaffClient.PASSWORD, "mhaw.campaign.year=2027",
				"mhaw.dashboard.rebuild-batch-size=200" })
@RealInfrastructure
public @interface DashboardTest {

}
