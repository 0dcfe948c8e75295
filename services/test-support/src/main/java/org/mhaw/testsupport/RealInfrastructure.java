package org.mhaw.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a real Kafka broker and a real Redis, chosen by
 * {@link TestInfrastructure}: Testcontainers when Docker runs, else an in-process KRaft
 * broker and the local (or an embedded) Redis. A Spring test context gets
 * {@code spring.kafka.bootstrap-servers}, {@code mhaw.redis.url} and this run's own
 * {@code mhaw.redis.key-prefix}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RealInfrastructureExtension.class)
public @interface RealInfrastructure {

}
