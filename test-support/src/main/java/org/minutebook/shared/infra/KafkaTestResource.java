package org.minutebook.shared.infra;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts a real KRaft broker in the test JVM for a {@code @QuarkusTest}. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.start(0, null);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    /** Hands the broker to a test's field of type {@link KafkaBroker}, for tests that stop and restart it. */
    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker, new TestInjector.MatchesType(KafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
