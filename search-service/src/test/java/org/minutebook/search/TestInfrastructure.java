package org.minutebook.search;

import org.minutebook.shared.infra.KafkaTestResource;
import org.minutebook.shared.infra.PostgresTestResource;
import org.minutebook.shared.security.JwtTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real PostgreSQL and Kafka broker every test of this module runs against, started once. */
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "search"), scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
