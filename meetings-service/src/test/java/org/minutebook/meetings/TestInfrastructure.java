package org.minutebook.meetings;

import org.minutebook.shared.infra.KafkaTestResource;
import org.minutebook.shared.infra.PostgresTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this service runs against a real PostgreSQL and a real KRaft broker. */
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "meetings"), scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
