package org.liaison.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Runs a Spring test against a real (embedded) PostgreSQL instead of H2; each context gets its own database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("postgres")
@Import(PostgresTestConfiguration.class)
public @interface PostgresTest {
}
