package org.minutebook.shared.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A broker with authentication and ACLs, as production runs it: a SASL_PLAINTEXT listener where the services sign in
 * with SCRAM-SHA-512 as users of their own, and the StandardAuthorizer refusing whatever {@link KafkaAcls} does not
 * allow. The admin (the only super user) signs in with PLAIN, whose users are in the broker's own configuration:
 * SCRAM credentials live in the cluster metadata, which someone must be able to write before any exists. The
 * controller listener takes the same PLAIN admin, so that the broker and its controller authenticate each other too.
 */
public final class SaslSettings {

    public static final String ADMIN = "admin";
    public static final String SCRAM = "SCRAM-SHA-512";
    static final String CLIENT_LISTENER = "CLIENT";

    private SaslSettings() {
    }

    /**
     * Replaces the embedded broker's plaintext listeners. The admin's password is read from {@code adminSecret} (a
     * properties file with {@code password=…}) by Kafka's FileConfigProvider, as docker-compose.yml's broker reads
     * its secret, so that no password stands in the broker's configuration.
     */
    static Map<String, String> broker(String host, int port, int controllerPort, Path adminSecret) {
        String password = "${file:" + adminSecret + ":password}";
        String plain = plainJaas(password) + " user_" + ADMIN + "=\"" + password + "\";";
        Map<String, String> p = new HashMap<>();
        p.put("config.providers", "file");
        p.put("config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider");
        p.put("listeners", CLIENT_LISTENER + "://" + host + ":" + port + ",CONTROLLER://" + host + ":"
                + controllerPort);
        p.put("advertised.listeners", CLIENT_LISTENER + "://" + host + ":" + port);
        p.put("listener.security.protocol.map", CLIENT_LISTENER + ":SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        p.put("inter.broker.listener.name", CLIENT_LISTENER);
        p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("sasl.enabled.mechanisms", SCRAM + ",PLAIN");
        p.put("listener.name.client.sasl.enabled.mechanisms", SCRAM + ",PLAIN");
        p.put("listener.name.client.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put("listener.name.client.plain.sasl.jaas.config", plain);
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config", plain);
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", KafkaAcls.principal(ADMIN));
        p.put("allow.everyone.if.no.acl.found", "false");
        // Topics are created by the admin beforehand; a service may not create one by publishing to it.
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /** A service's client: what KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_MECHANISM and KAFKA_SASL_JAAS_CONFIG carry. */
    public static Map<String, Object> scramClient(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", SCRAM, "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                        + "\" password=\"" + password + "\";");
    }

    public static Map<String, Object> adminClient(String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN", "sasl.jaas.config",
                plainJaas(password) + ";");
    }

    private static String plainJaas(String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                + "\" password=\"" + password + "\"";
    }
}
