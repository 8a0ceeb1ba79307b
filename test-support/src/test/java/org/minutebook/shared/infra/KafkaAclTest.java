package org.minutebook.shared.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.shared.infra.KafkaAcls.ACTIONS;
import static org.minutebook.shared.infra.KafkaAcls.MEETINGS;
import static org.minutebook.shared.infra.KafkaAcls.SEARCH;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a broker with SASL/SCRAM and ACLs on, the services' users and {@link KafkaAcls} created through the Admin
 * API as production's setup does. Each principal can do exactly what it is granted and is refused everything else;
 * a client that cannot sign in gets nothing, least of all minutes.meetings' drafts and restricted text.
 */
class KafkaAclTest {

    private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();
    private static final Map<String, String> PASSWORDS = new HashMap<>();
    private static KafkaBroker broker;
    private static KafkaProbe probe;

    @BeforeAll
    static void startBrokerWithUsersAndAcls() throws Exception {
        broker = KafkaBroker.startSecured(ADMIN_PASSWORD);
        probe = new KafkaProbe(broker.bootstrapServers());
        try (Admin admin = Admin.create(broker.adminClient())) {
            for (String user : KafkaAcls.PRINCIPALS) {
                PASSWORDS.put(user, UUID.randomUUID().toString());
                admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), PASSWORDS.get(user))))
                        .all().get(30, TimeUnit.SECONDS);
            }
            admin.createAcls(KafkaAcls.forServices()).all().get(30, TimeUnit.SECONDS);
        }
        awaitGranted(MEETINGS, "minutes.meetings");
        awaitGranted(ACTIONS, "minutes.actions");
        awaitGranted(SEARCH, "minutes.actions.dlq");
        // Something to read on every topic, written by the admin.
        for (String topic : Topics.ALL) {
            probe.sendAs(broker.adminClient(), new ProducerRecord<>(topic, "key", "{\"seed\":true}"));
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldLetEachServiceDoExactlyWhatItsAclsAllow() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("meetings-service writes minutes.meetings", KafkaProbe.ALLOWED);
        expected.put("meetings-service writes minutes.actions", KafkaProbe.NOT_AUTHORISED);
        expected.put("meetings-service reads minutes.meetings as meetings-service", KafkaProbe.NOT_AUTHORISED);
        expected.put("meetings-service reads minutes.actions as meetings-service", KafkaProbe.NOT_AUTHORISED);
        expected.put("meetings-service reads minutes.meetings.dlq outside any group", KafkaProbe.NOT_AUTHORISED);

        expected.put("actions-service writes minutes.meetings", KafkaProbe.NOT_AUTHORISED);
        expected.put("actions-service writes minutes.actions", KafkaProbe.ALLOWED);
        expected.put("actions-service writes minutes.meetings.dlq", KafkaProbe.ALLOWED);
        expected.put("actions-service reads minutes.meetings as actions-service", KafkaProbe.ALLOWED);
        expected.put("actions-service reads minutes.actions as actions-service-changes", KafkaProbe.ALLOWED);
        expected.put("actions-service reads minutes.meetings as search-service", KafkaProbe.NOT_AUTHORISED);
        // Its dead letters, read back to list and replay them: outside any group (its own groups may read too).
        expected.put("actions-service reads minutes.meetings.dlq outside any group", KafkaProbe.ALLOWED);
        expected.put("actions-service reads minutes.actions.dlq outside any group", KafkaProbe.ALLOWED);

        expected.put("search-service writes minutes.meetings", KafkaProbe.NOT_AUTHORISED);
        expected.put("search-service writes minutes.actions", KafkaProbe.NOT_AUTHORISED);
        expected.put("search-service writes minutes.actions.dlq", KafkaProbe.ALLOWED);
        expected.put("search-service reads minutes.meetings as search-service", KafkaProbe.ALLOWED);
        expected.put("search-service reads minutes.actions as search-service", KafkaProbe.ALLOWED);
        expected.put("search-service reads minutes.meetings as actions-service", KafkaProbe.NOT_AUTHORISED);
        expected.put("search-service reads minutes.meetings.dlq outside any group", KafkaProbe.ALLOWED);
        expected.put("search-service reads minutes.actions.dlq outside any group", KafkaProbe.ALLOWED);

        Map<String, String> actual = new LinkedHashMap<>();
        for (String cell : expected.keySet()) {
            actual.put(cell, attempt(cell));
        }
        System.out.println("Kafka ACL matrix: " + actual.size() + " cells, "
                + actual.values().stream().filter(KafkaProbe.ALLOWED::equals).count() + " allowed");
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void shouldRefuseClientsThatCannotSignIn() {
        Map<String, Object> unknown = SaslSettings.scramClient("mallory", "guess");
        Map<String, Object> wrongPassword = SaslSettings.scramClient(SEARCH, "not-the-password");
        assertThat(probe.read(unknown, "minutes.meetings", SEARCH)).isEqualTo(KafkaProbe.NOT_AUTHENTICATED);
        assertThat(probe.read(wrongPassword, "minutes.meetings", SEARCH)).isEqualTo(KafkaProbe.NOT_AUTHENTICATED);
        assertThat(probe.write(wrongPassword, "minutes.meetings")).isEqualTo(KafkaProbe.NOT_AUTHENTICATED);
        // No SASL at all: the listener speaks nothing else, so an anonymous client never gets a record.
        assertThat(probe.read(Map.of(), "minutes.meetings", SEARCH)).isNotEqualTo(KafkaProbe.ALLOWED);
        // The right password gets in.
        assertThat(probe.read(SaslSettings.scramClient(SEARCH, PASSWORDS.get(SEARCH)), "minutes.meetings", SEARCH))
                .isEqualTo(KafkaProbe.ALLOWED);
    }

    /** "{user} writes {topic}", "{user} reads {topic} as {group}" or "{user} reads {topic} outside any group". */
    private static String attempt(String cell) {
        String[] words = cell.split(" ");
        Map<String, Object> client = SaslSettings.scramClient(words[0], PASSWORDS.get(words[0]));
        if ("writes".equals(words[1])) {
            return probe.write(client, words[2]);
        }
        return "as".equals(words[3])
                ? probe.read(client, words[2], words[4])
                : probe.readOutsideAnyGroup(client, words[2]);
    }

    /** Users and ACLs reach the broker's authorizer through the metadata log, shortly after the admin's calls. */
    private static void awaitGranted(String user, String topic) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Map<String, Object> client = SaslSettings.scramClient(user, PASSWORDS.get(user));
        while (!KafkaProbe.ALLOWED.equals(probe.write(client, topic))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(user + " still may not write " + topic);
            }
            Thread.sleep(200);
        }
    }
}
