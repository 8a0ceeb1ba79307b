package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.domain.Meeting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A generated corpus of hostile requests (over a thousand, from a fixed seed) through the JSON endpoint, the
 * document import and the archive import. Every answer is a success or a 4xx problem, never a 5xx; what was refused
 * stored nothing (counted as meetings and outbox rows); the service is healthy afterwards.
 */
@QuarkusTest
class HostileInputFuzzTest {

    private static final long SEED = 20_261_122L;
    private static final int JSON_CASES = 800;
    private static final int DOCUMENT_CASES = 240;
    private static final int ARCHIVE_CASES = 24;
    private static final Set<Integer> REFUSALS = Set.of(400, 404, 409, 413, 415, 422);

    private final Map<String, Integer> outcomes = new TreeMap<>();
    private long storedMeetings;
    private long storedEvents;

    @Test
    void shouldAnswerEveryHostileRequestWithAProblemAndStoreNothingForIt() {
        long meetingsBefore = count(Meeting.class);
        long eventsBefore = count(OutboxEvent.class);

        JsonMutations json = new JsonMutations(SEED);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < JSON_CASES; i++) {
            JsonMutations.Case c = json.next(i,
                    Samples.meetingOf("ssp-2016-06-21", "Fuzz " + run + " " + i));
            check("json " + c.kind(), c.index(), Clerk.given().contentType(c.contentType()).body(c.body())
                    .post("/api/meetings"));
        }
        Random random = new Random(SEED);
        for (int i = 0; i < DOCUMENT_CASES; i++) {
            Document d = document(random, i, run);
            var request = Clerk.given().contentType(d.contentType()).body(d.body());
            if (i % 3 == 0) {
                request.queryParam("dryRun", true);
            }
            check("document " + d.kind(), i, request.post("/api/meetings/import"));
        }
        for (int i = 0; i < ARCHIVE_CASES; i++) {
            check("archive", i, Clerk.given().contentType("application/zip").body(archive(random, i, run))
                    .post("/api/meetings/import/archive"));
        }

        assertThat(count(Meeting.class) - meetingsBefore).as("meetings stored: exactly those answered 201")
                .isEqualTo(storedMeetings);
        assertThat(count(OutboxEvent.class) - eventsBefore).as("events written: exactly those of stored meetings")
                .isEqualTo(storedEvents);
        given().get("/q/health/ready").then().statusCode(200);
        Clerk.given().contentType("application/json")
                .body(Samples.meetingOf("ssp-2016-06-21", "After the fuzz " + run).toString())
                .post("/api/meetings").then().statusCode(201);
        int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Hostile input: %d cases (seed %d), 0 x 5xx, 0 partial writes; outcomes %s%n", total,
                SEED, outcomes);
        assertThat(total).isGreaterThanOrEqualTo(1_000);
    }

    private void check(String kind, int index, Response response) {
        int status = response.statusCode();
        outcomes.merge(kind + " -> " + status, 1, Integer::sum);
        String replay = kind + " case " + index + " (seed " + SEED + ")";
        assertThat(status).as(replay + " answered " + response.asString()).isLessThan(500);
        if (status == 201) {
            // A meeting.recorded, then each item and each of its resolutions.
            List<Map<String, Object>> items = response.jsonPath().getList("items");
            storedMeetings++;
            storedEvents += 1 + items.size() + items.stream()
                    .mapToLong(item -> ((List<?>) item.get("resolutions")).size()).sum();
        } else if (status == 200) {
            assertThat(kind).as(replay).matches("document .*|archive");
            if (kind.equals("archive")) {
                for (Map<String, Object> imported : response.jsonPath().<Map<String, Object>>getList("imported")) {
                    storedMeetings++;
                    storedEvents += eventsOf(imported.get("meetingId").toString());
                }
            }
        } else {
            assertThat(REFUSALS).as(replay).contains(status);
            if (status != 413) {
                assertThat(response.contentType()).as(replay).startsWith("application/problem+json");
                assertThat(response.jsonPath().getInt("status")).as(replay).isEqualTo(status);
                assertThat(response.jsonPath().getString("title")).as(replay).isNotBlank();
            }
        }
    }

    private record Document(String kind, byte[] body, String contentType) {
    }

    private static Document document(Random random, int i, String run) {
        String text = MinutesDocuments.seed("ssp-2016-06-21.md", "Fuzz import " + run + " " + i);
        return switch (i % 8) {
            case 0 -> new Document("random bytes", bytes(random, 1 + random.nextInt(50_000)),
                    List.of("text/plain", "application/pdf", "text/html", "application/octet-stream",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                            .get(random.nextInt(5)));
            case 1 -> new Document("truncated pdf", truncate(random, MinutesDocuments.pdf(text)), "application/pdf");
            case 2 -> new Document("truncated docx", truncate(random, MinutesDocuments.docx(text)),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            case 3 -> new Document("lines shuffled", shuffled(random, text), "text/markdown");
            case 4 -> new Document("no date", text.replaceAll("\\d{4}", "").getBytes(StandardCharsets.UTF_8),
                    "text/plain");
            case 5 -> new Document("headers only", "# Minutes\n## Present\n## Apologies\n### 1\n"
                    .getBytes(StandardCharsets.UTF_8), "text/markdown");
            case 6 -> new Document("not UTF-8", text.getBytes(StandardCharsets.UTF_16), "text/plain");
            default -> new Document("control characters", (text.substring(0, text.length() / 2) + "\u0000\u001b"
                    + "\ud800" + text.substring(text.length() / 2)).getBytes(StandardCharsets.UTF_8), "text/plain");
        };
    }

    /** Archives with paths that climb out, nested archives, highly compressible bulk, and junk entries. */
    private static byte[] archive(Random random, int i, String run) {
        String text = MinutesDocuments.seed("ssp-2017-02-14.txt", "Fuzz archive " + run + " " + i);
        List<String> names = new ArrayList<>(List.of("../../etc/minutes-" + i + ".txt", "/absolute-" + i + ".md",
                "junk-" + i + ".pdf", "bulk-" + i + ".txt"));
        List<byte[]> contents = new ArrayList<>(List.of(text.getBytes(StandardCharsets.UTF_8),
                bytes(random, 100), bytes(random, 5_000), new byte[(i % 8 == 0 ? 25 : 1) * 1024 * 1024]));
        if (i % 2 == 0) {
            names.add("inner-" + i + ".zip");
            contents.add(MinutesDocuments.zip(List.of("nested.txt"), List.of(text.getBytes(StandardCharsets.UTF_8))));
        }
        return MinutesDocuments.zip(names, contents);
    }

    private static byte[] shuffled(Random random, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        java.util.Collections.shuffle(lines, random);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] truncate(Random random, byte[] document) {
        return java.util.Arrays.copyOf(document, random.nextInt(document.length));
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static long count(Class<?> entity) {
        return QuarkusTransaction.requiringNew().call(() -> entity == Meeting.class
                ? Meeting.count()
                : OutboxEvent.count());
    }

    private static long eventsOf(String meetingId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("aggregateId", UUID.fromString(meetingId)));
    }
}
