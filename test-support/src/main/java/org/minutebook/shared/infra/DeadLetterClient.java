package org.minutebook.shared.infra;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.shared.security.TestTokens;

import io.restassured.path.json.JsonPath;

/** A clerk's view of a consuming service's dead letters and their metrics, for the tests of both such services. */
public final class DeadLetterClient {

    private DeadLetterClient() {
    }

    /** Every dead letter of the service under test, on one page. */
    public static JsonPath list() {
        return given().auth().oauth2(TestTokens.clerk()).queryParam("size", 200).get("/api/admin/dead-letters")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Open dead letters of {@code topic} on the page: other tests of a module park there too. */
    public static long open(JsonPath page, String topic) {
        if (page.getLong("total") > 200) {
            throw new AssertionError("every dead letter on one page");
        }
        List<Map<String, Object>> results = page.getList("results");
        return results.stream().filter(d -> topic.equals(d.get("topic")) && Boolean.FALSE.equals(d.get("replayed")))
                .count();
    }

    /** The dead letter of this event, or null while it is not parked. */
    public static Map<String, Object> deadLetter(String eventId) {
        List<Map<String, Object>> results = list().getList("results");
        return results.stream().filter(d -> eventId.equals(d.get("eventId"))).findFirst().orElse(null);
    }

    public static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** A dead-letter gauge's value for {@code topic}, as the service last read the topics. */
    public static double gauge(String name, String topic) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*topic=\"" + Pattern.quote(topic) + "\"[^}]*\\} (\\S+)$")
                .matcher(metrics());
        if (!m.find()) {
            throw new AssertionError(name + " in /q/metrics");
        }
        return Double.parseDouble(m.group(1));
    }

    /** The record a consumer parked: not replayed yet, where it came from and went, and a reason naming the fault. */
    public static void assertParked(Map<String, Object> parked, String consumerGroup, String originalTopic,
            String eventType, String topic, String reasonPart) {
        expect(false, parked.get("replayed"), "replayed");
        expect(consumerGroup, parked.get("consumerGroup"), "consumerGroup");
        expect(originalTopic, parked.get("originalTopic"), "originalTopic");
        expect(eventType, parked.get("eventType"), "eventType");
        expect(topic, parked.get("topic"), "topic");
        if (!((String) parked.get("reason")).contains(reasonPart)) {
            throw new AssertionError("reason names " + reasonPart + ": " + parked.get("reason"));
        }
    }

    /** {@code open} records of {@code topic} are listed and counted by the depth gauge, with an age and a reason. */
    public static void assertOpen(String topic, long open) {
        expect(open, open(list(), topic), "open dead letters listed");
        expect((double) open, gauge("minutebook_dead_letters_depth", topic), "minutebook_dead_letters_depth");
        if (gauge("minutebook_dead_letters_oldest_age_seconds", topic) < 0) {
            throw new AssertionError("minutebook_dead_letters_oldest_age_seconds is not negative");
        }
        if (!Pattern.compile("minutebook_dead_letters_total\\{[^}]*reason=\"[^\"]+\"[^}]*topic=\""
                + Pattern.quote(topic) + "\"").matcher(metrics()).find()) {
            throw new AssertionError("minutebook_dead_letters_total by reason");
        }
    }

    /** Where a clerk replays this one record. */
    public static String replayPath(Map<String, Object> parked) {
        return "/api/admin/dead-letters/" + parked.get("topic") + "/" + parked.get("partition") + "/"
                + parked.get("offset") + "/replay";
    }

    private static void expect(Object expected, Object actual, String what) {
        if (!expected.equals(actual)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual);
        }
    }
}
