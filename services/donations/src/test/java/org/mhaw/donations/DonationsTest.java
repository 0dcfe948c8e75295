package org.mhaw.donations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.mhaw.testsupport.RealInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The donations service on a real port against the real broker and Redis, with the
 * sandbox provider told not to confirm by itself: the tests play the payment provider and
 * sign their own webhooks. One context, shared by every class that uses this.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mhaw.rate-limit.enabled=false", "mhaw.security.staff-password=" + DonationsHttp.STAFF_PASSWORD,
				"mhaw.donations.payments.webhook-secret=" + Webhooks.SECRET,
				"mhaw.donations.payments.sandbox.auto-confirm=false" })
@RealInfrastructure
@interface DonationsTest {

}
