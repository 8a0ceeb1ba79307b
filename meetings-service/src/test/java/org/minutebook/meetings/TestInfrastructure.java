package org.minutebook.meetings;

import org.minutebook.shared.infra.KafkaTestResource;
import org.minutebook.shared.infra.PostgresTestResource;
import org.minutebook.shared.security.JwtTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this service runs against a real PostgreSQL, a real KRaft broker and its own token keys. */
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "meetings"), scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
