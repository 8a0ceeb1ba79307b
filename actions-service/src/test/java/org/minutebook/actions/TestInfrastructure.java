package org.minutebook.actions;

import org.minutebook.shared.infra.KafkaTestResource;
import org.minutebook.shared.infra.PostgresTestResource;
import org.minutebook.shared.security.JwtTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** A real PostgreSQL and a real Kafka broker, started once for every @QuarkusTest of this module. */
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "actions"), scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
