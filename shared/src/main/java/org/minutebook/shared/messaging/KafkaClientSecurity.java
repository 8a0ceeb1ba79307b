package org.minutebook.shared.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a service's own Kafka clients (the health checks' admin client, search-service's replay) authenticate: the same
 * {@code kafka.security.protocol}, {@code kafka.sasl.mechanism} and {@code kafka.sasl.jaas.config} the messaging
 * channels take (from KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_MECHANISM, KAFKA_SASL_JAAS_CONFIG). Without them, plaintext,
 * as the local stack's broker is.
 */
@ApplicationScoped
public class KafkaClientSecurity {

    private final Map<String, Object> properties = new LinkedHashMap<>();

    @Inject
    public KafkaClientSecurity(@ConfigProperty(name = "kafka.security.protocol") Optional<String> protocol,
            @ConfigProperty(name = "kafka.sasl.mechanism") Optional<String> mechanism,
            @ConfigProperty(name = "kafka.sasl.jaas.config") Optional<String> jaas) {
        protocol.ifPresent(p -> properties.put("security.protocol", p));
        if (protocol.filter(p -> p.startsWith("SASL")).isPresent()) {
            mechanism.ifPresent(m -> properties.put("sasl.mechanism", m));
            jaas.ifPresent(j -> properties.put("sasl.jaas.config", j));
        }
    }

    /** To add to a client's configuration. */
    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
