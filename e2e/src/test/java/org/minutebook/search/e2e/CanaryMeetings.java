package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;

/** The minutes RestrictedCanaryIT records, each made from the sample meeting with a canary word where it must not leak. */
final class CanaryMeetings {

    /** The draft's date: no other meeting of the end-to-end tests is held on it, so it counts as a canary too. */
    static final String DRAFT_DATE = "2016-08-23";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CanaryMeetings() {
    }

    /**
     * The sample meeting, published; item 11 (resolution, action) and item 9 (deferral) restricted, the canary in
     * each. Items 14 and 15 are deferred in public, for the draft to carry forward and to take.
     */
    static String published(String committee, String canary) throws IOException {
        ObjectNode meeting = sample(committee);
        ObjectNode deferral = null;
        for (var node : (ArrayNode) meeting.get("items")) {
            if (node.get("deferral") != null && !node.get("deferral").isNull()) {
                deferral = (ObjectNode) node.get("deferral");
            }
        }
        for (var node : (ArrayNode) meeting.get("items")) {
            ObjectNode item = (ObjectNode) node;
            String number = item.get("number").asText();
            if (number.equals("11")) {
                item.put("restricted", true).put("text", "The " + canary + " operation was discussed.");
                ((ObjectNode) item.withArray("resolutions").get(0)).put("text", "the " + canary + " report be noted");
                ((ObjectNode) item.withArray("actions").get(0)).put("description", "Brief the " + canary + " team.")
                        .put("dueDate", "2016-09-13");
            } else if (number.equals("9")) {
                item.put("restricted", true).put("text", "Deferred: " + canary + " figures awaited.");
                ((ObjectNode) item.get("deferral")).put("note", "until the " + canary + " figures arrive");
            } else if (number.equals("14")) {
                item.set("deferral", deferral.deepCopy());
            }
        }
        return post(meeting, true);
    }

    /**
     * A later meeting of the committee, not yet published: the canary in every item's title and text. It takes item 15
     * (no longer deferred) and defers 9 and 14 again, so that it resolves one earlier deferral and carries two.
     */
    static String draft(String committee, String canary) throws IOException {
        ObjectNode meeting = sample(committee).put("date", DRAFT_DATE);
        ObjectNode deferral = null;
        for (var node : (ArrayNode) meeting.get("items")) {
            ObjectNode item = (ObjectNode) node;
            if (item.get("number").asText().equals("15")) {
                deferral = (ObjectNode) item.remove("deferral");
                item.putNull("deferral");
            }
        }
        for (var node : (ArrayNode) meeting.get("items")) {
            ObjectNode item = (ObjectNode) node;
            if (item.get("number").asText().equals("14")) {
                item.set("deferral", deferral);
            }
            item.put("title", item.get("title").asText() + " " + canary).put("text", "Draft wording " + canary);
            for (var action : (ArrayNode) item.withArray("actions")) {
                ((ObjectNode) action).put("description", "Draft action " + canary);
            }
        }
        return post(meeting, false);
    }

    /** The sample minutes document, published, with the canary in item 7; {@code restricted}: as its correction. */
    static String imported(String committee, String canary, boolean restricted) throws IOException {
        String document = Files.readString(E2eStack.PROJECT.resolve("samples/minutes/ssp-2016-06-21.md"))
                .replace("Safer Stockton Partnership", committee)
                .replace("## **7 Integrated Offender Management**", restricted
                        ? "## **7 Integrated Offender Management (Restricted)**"
                        : "## **7 Integrated Offender Management**")
                .replace("discussing how it was progressing", "discussing how the " + canary + " was progressing");
        String location = given().baseUri(E2eStack.url("meetings-service")).auth().oauth2(E2eStack.clerk())
                .contentType("text/markdown").body(document).queryParam("committee", committee)
                .queryParam("publish", true).queryParam("replace", restricted)
                .post("/api/meetings/import").then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static ObjectNode sample(String committee) throws IOException {
        ObjectNode meeting = (ObjectNode) JSON.readTree(
                Files.readString(E2eStack.PROJECT.resolve("samples/ssp-2016-06-21.json")));
        return meeting.put("committee", committee);
    }

    private static String post(ObjectNode meeting, boolean publish) {
        return given().baseUri(E2eStack.url("meetings-service")).auth().oauth2(E2eStack.clerk())
                .contentType(ContentType.JSON).body(meeting.toString()).queryParam("publish", publish)
                .post("/api/meetings").then().statusCode(201).extract().path("id");
    }
}
