package org.minutebook.shared.health;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minutebook.shared.messaging.KafkaClientSecurity;

/** One admin client for the health checks, created on first use, answering within a few seconds or failing. */
@ApplicationScoped
public class BrokerAdmin {

    public static final int TIMEOUT_MS = 3_000;

    private final String bootstrapServers;
    private final KafkaClientSecurity security;
    private Admin admin;

    public BrokerAdmin(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            KafkaClientSecurity security) {
        this.bootstrapServers = bootstrapServers;
        this.security = security;
    }

    public synchronized Admin client() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>(security.properties());
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            admin = Admin.create(config);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
