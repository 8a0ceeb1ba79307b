package org.minutebook.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.uniqueWord;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.search.support.WebhookApi;
import org.minutebook.shared.infra.WebhookReceiver;
import org.minutebook.shared.infra.WebhookReceiver.Received;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The stream log keeps only a few rows here, yet none that an enabled subscription has not taken: a receiver that
 * fails for a while gets every event afterwards, in order.
 */
@QuarkusTest
@TestProfile(WebhookTrimTest.SmallLog.class)
class WebhookTrimTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int KEEP = 3;

    public static class SmallLog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("minutebook.stream.keep", Integer.toString(KEEP), "minutebook.webhooks.disable-after",
                    "1000");
        }
    }

    @Test
    void shouldKeepTheRowsAnEnabledSubscriptionHasNotTakenYet() throws Exception {
        String committee = "Trimmed Hook " + uniqueWord();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.failing(true);
            var created = WebhookApi.register(Map.of("url", receiver.url(), "committee", committee)).statusCode(201)
                    .extract().jsonPath();
            receiver.secret(created.getString("secret"));
            List<ObjectNode> events = new ArrayList<>();
            for (String date : List.of("2018-01-09", "2018-02-13", "2018-03-13")) {
                ObjectNode[] meeting = new ContractEvents().meeting(committee, date);
                publish(MEETINGS, meeting);
                events.addAll(Arrays.asList(meeting));
            }
            // Other rows after them: each write trims to the newest few, but not past the subscription's cursor.
            ObjectNode[] other = new ContractEvents().meeting("Untrimmed Neighbour " + uniqueWord(), "2018-04-10");
            publish(MEETINGS, other);
            // Head of line: the first event is taken (its body is in the delivery log), the others wait in the log,
            // each meeting's writes and the neighbour's trimming to the newest few notwithstanding.
            String id = created.getString("subscription.id");
            await().atMost(PATIENCE).until(() -> !WebhookApi.deliveries(id).isEmpty());
            List<Map<String, Object>> taken = WebhookApi.deliveries(id);
            assertEquals(1, taken.size());
            long cursor = ((Number) taken.get(0).get("sequence")).longValue();
            await().atMost(PATIENCE).until(() -> rows("event_id = '" + other[3].get("id").asText() + "'") == 1
                    && rows("committee = '" + committee + "' AND id > " + cursor) == events.size() - 1);

            receiver.failing(false);
            List<String> ids = events.stream().map(e -> e.get("id").asText()).toList();
            await().atMost(PATIENCE).until(() -> ids.stream().allMatch(receiver::has));
            List<String> got = receiver.received().stream().map(Received::id).toList();
            assertEquals(ids.size(), got.size());
            // Meetings on different partitions commit in either order; each one's events in order.
            for (int meeting = 0; meeting < ids.size(); meeting += 4) {
                List<String> own = ids.subList(meeting, meeting + 4);
                assertEquals(own, got.stream().filter(own::contains).toList());
            }
            System.out.printf("Webhook trimming: %d events kept and delivered after %d retries, log kept to %d rows%n",
                    events.size(), WebhookApi.retries(id), KEEP);
        }
    }

    private static long rows(String condition) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT count(*) FROM stream_event WHERE " + condition)) {
            result.next();
            return result.getLong(1);
        }
    }
}
