package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.domain.Meeting;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ImportResourceTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TestHTTPResource("/api/meetings/import")
    URI importUri;

    @Test
    void shouldImportMarkdownMinutesAndReturnTheStoredRecord() {
        String committee = committee();
        String id = Clerk.given().contentType("text/markdown")
                .body(MinutesDocuments.seed("ssp-2016-06-21.md", committee))
                .queryParam("publish", true) // minutes already public on the council's website
                .when().post("/api/meetings/import")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("status", equalTo("PUBLISHED"))
                .body("committee", equalTo(committee))
                .body("date", equalTo("2016-06-21"))
                .body("items.find { it.number == '11' }.actions[0].assignees.name",
                        contains("John Lyons", "Steve Johnson"))
                .body("items.find { it.number == '9' }.deferral.until", equalTo("NEXT_MEETING"))
                .extract().path("id");

        given().when().get("/api/meetings/{id}", id)
                .then().statusCode(200)
                .body("committee", equalTo(committee))
                .body("items.number", hasItem("6(a)"));
        assertThat(outboxRowsOf(id)).isGreaterThan(20);
    }

    @Test
    void shouldReturnTheRecordWithoutStoringOnDryRun() {
        long before = storedRows();
        Clerk.given().contentType("text/plain").body(MinutesDocuments.seed("ssp-2017-02-14.txt", committee()))
                .queryParam("dryRun", true)
                .when().post("/api/meetings/import")
                .then().statusCode(200)
                .body("id", nullValue())
                .body("date", equalTo("2017-02-14"))
                .body("items", hasSize(20));
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void shouldRefuseTheSameMinutesTwiceUnlessReplaced() {
        String text = MinutesDocuments.seed("ssp-2011-07-05.txt", committee());
        String id = Clerk.given().contentType("text/plain").body(text).post("/api/meetings/import")
                .then().statusCode(201).extract().path("id");

        Clerk.given().contentType("text/plain").body(text).post("/api/meetings/import")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingMeetingId", equalTo(id))
                .body("detail", containsString(id));

        String corrected = text.replace("Any other Business", "Any Other Business (corrected)");
        Clerk.given().contentType("text/plain").body(corrected).queryParam("replace", true).post("/api/meetings/import")
                .then().statusCode(201)
                .body("id", equalTo(id))
                .body("items.title", hasItem("Any Other Business (corrected)"));
        List<String> types = QuarkusTransaction.requiringNew().call(() -> OutboxEvent
                .<OutboxEvent>list("aggregateId = ?1 order by id", UUID.fromString(id)).stream()
                .map(e -> e.type).toList());
        assertThat(types).containsSubsequence("minutes.meeting.recorded", "minutes.meeting.superseded",
                "minutes.meeting.recorded");
    }

    @Test
    void shouldImportPdfAndDocxThroughTika() {
        String text = MinutesDocuments.seed("ssp-2017-02-14.txt", committee());
        Clerk.given().contentType("application/pdf").body(MinutesDocuments.pdf(text)).queryParam("dryRun", true)
                .when().post("/api/meetings/import")
                .then().statusCode(200)
                .body("date", equalTo("2017-02-14"))
                .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(18));
        Clerk.given().contentType(DOCX).body(MinutesDocuments.docx(text)).queryParam("dryRun", true)
                .when().post("/api/meetings/import")
                .then().statusCode(200)
                .body("date", equalTo("2017-02-14"))
                .body("items", hasSize(20));
    }

    @Test
    void shouldImportAMultipartUpload() {
        String committee = committee();
        Clerk.given().multiPart("file", "ssp-2016-06-21.md",
                MinutesDocuments.utf8(MinutesDocuments.seed("ssp-2016-06-21.md", committee)), "text/markdown")
                .when().post("/api/meetings/import")
                .then().statusCode(201)
                .body("committee", equalTo(committee))
                .body("items.find { it.number == '8' }.restricted", equalTo(true));
    }

    @Test
    void shouldAnswerUnprocessableForWhatIsNotMinutes() {
        long before = storedRows();
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Clerk.given().contentType("text/plain").body("").post("/api/meetings/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("empty"));
        Clerk.given().contentType("application/octet-stream").body(junk).post("/api/meetings/import")
                .then().statusCode(422).contentType("application/problem+json");
        Clerk.given().contentType("application/pdf").body("%PDF-1.7 this is no PDF".getBytes())
                .post("/api/meetings/import")
                .then().statusCode(422).contentType("application/problem+json");
        Clerk.given().contentType("text/plain").body("Notes from a chat about the weather.\nNothing was decided.")
                .post("/api/meetings/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("date"));
        assertThat(storedRows()).isEqualTo(before);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void shouldRefuseUploadsOverTheSizeLimit() throws Exception {
        long before = storedRows();
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        // The server refuses on the declared length and closes the connection; asking to continue first (as curl
        // does for a large upload) gets the refusal before the body, instead of a broken pipe when the refusal
        // overtakes it.
        HttpRequest upload = HttpRequest.newBuilder(importUri)
                .header("Authorization", "Bearer " + TestTokens.clerk())
                .header("Content-Type", "text/plain")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                .build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThat(client.send(upload, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(413);
        assertThat(storedRows()).isEqualTo(before);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldAnswerAnOversizedBodyWithAProblemBeforeReadingIt() throws Exception {
        // Declared, never sent: the answer must come from the declaration alone.
        try (java.net.Socket socket = new java.net.Socket(importUri.getHost(), importUri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/meetings/import?dryRun=true HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: 300000000\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readNBytes(2048),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("larger than the limit");
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldImportAnArchiveFileByFileAndReport() {
        String committee = committee();
        String first = MinutesDocuments.seed("ssp-2016-06-21.md", committee);
        byte[] zip = MinutesDocuments.zip(
                List.of("2016/ssp-2016-06-21.md", "2017/ssp-2017-02-14.txt", "copy-of-2016.md", "../evil.txt",
                        "notes.txt"),
                List.of(MinutesDocuments.utf8(first),
                        MinutesDocuments.utf8(MinutesDocuments.seed("ssp-2017-02-14.txt", committee)),
                        MinutesDocuments.utf8(first), MinutesDocuments.utf8(first),
                        MinutesDocuments.utf8("just some notes, no meeting here")));

        Clerk.given().contentType("application/zip").body(zip).queryParam("publish", true)
                .when().post("/api/meetings/import/archive")
                .then().statusCode(200)
                .body("files", equalTo(5))
                .body("imported.file", contains("2016/ssp-2016-06-21.md", "2017/ssp-2017-02-14.txt"))
                .body("duplicates.file", contains("copy-of-2016.md"))
                .body("failed.file", contains("../evil.txt", "notes.txt"))
                .body("failed.status", contains(422, 422));
        given().queryParam("committee", committee).get("/api/meetings")
                .then().body("total", equalTo(2));
    }

    private static String committee() {
        return "Import Test Partnership " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long storedRows() {
        return QuarkusTransaction.requiringNew().call(() -> Meeting.count() + OutboxEvent.count());
    }

    private static long outboxRowsOf(String meetingId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("aggregateId", UUID.fromString(meetingId)));
    }
}
