package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.restassured.path.json.JsonPath;

/**
 * The Import view's review step in headless Chromium: a clerk reads one document without storing it, sees the
 * parser's warnings on the text and beside the fields, corrects the record, is refused once for a blank name, and
 * saves it through POST /api/meetings.
 */
class OfficerPageReviewIT {

    private static OfficerBrowser page;

    @BeforeAll
    static void start() throws IOException {
        page = OfficerBrowser.start();
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void clerkReviewsAParsedDocumentCorrectsItAndSaves() throws IOException {
        // No Present list, and the items are numbered 1, 2, 4: the parser has something to warn about.
        String committee = "Review Page " + UUID.randomUUID().toString().substring(0, 8);
        Path minutes = Files.writeString(Files.createTempFile(Path.of("target"), "review-", ".txt"),
                resource("/e2e/review-minutes.txt").replace("Review Page Committee", committee));
        JsonPath dryRun = given().baseUri(E2eStack.url("meetings-service"))
                .multiPart("file", minutes.toFile(), "text/plain").queryParam("dryRun", true)
                .when().post("/api/meetings/import")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> warnings = dryRun.getList("warnings");
        assertTrue(warnings != null && !warnings.isEmpty(), "the dry run warns about this document: " + warnings);
        Map<String, Object> jump = warnings.stream().filter(w -> "items[2].number".equals(w.get("field")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no warning on the third item's number: " + warnings));
        assertTrue(((String) jump.get("message")).contains("jumps from 2 to 4"), jump.toString());
        assertTrue(warnings.stream().anyMatch(w -> "attendance.present".equals(w.get("field"))),
                "a warning that there is no Present list: " + warnings);
        int line = (Integer) jump.get("line");
        String lineText = dryRun.getList("lines", String.class).get(line - 1);

        page.signIn(E2eStack.clerk());
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), "clerk"));
        page.open("#/import");
        page.driver.findElement(By.id("import-files")).sendKeys(minutes.toAbsolutePath().toString());
        page.driver.findElement(By.id("import-review")).click();
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-form")));

        // Each warning is listed, marked on its line of the text, and shown beside the field it concerns.
        String listed = page.driver.findElement(By.id("review-warnings")).getText();
        for (Map<String, Object> warning : warnings) {
            assertTrue(listed.contains((String) warning.get("message")), "listed: " + warning + " in " + listed);
        }
        WebElement marked = page.driver.findElement(By.id("doc-line-" + line));
        assertTrue(marked.getAttribute("class").contains("warned"), "line " + line + " is highlighted");
        assertEquals(lineText.strip(), marked.findElement(By.tagName("mark")).getText().strip());
        assertTrue(marked.getText().contains((String) jump.get("message")));
        WebElement beside = page.driver.findElement(By.cssSelector(
                "[data-field='items[2].number'] > [data-note-field='items[2].number'].warning"));
        assertTrue(beside.getText().contains((String) jump.get("message")), beside.getText());
        assertTrue(page.driver.findElement(By.id("rf-items-2-number")).getAttribute("aria-describedby")
                .contains(beside.getAttribute("id")), "the number field is described by its warning");
        assertFalse(page.driver.findElements(By.cssSelector(
                "[data-field='attendance.present'] > [data-note-field='attendance.present'].warning")).isEmpty(),
                "the missing Present list is flagged on the Present list");
        page.driver.findElement(By.xpath("//*[@id='review-warnings']//button[.='Show line " + line + "']")).click();
        assertEquals("doc-line-" + line, page.driver.switchTo().activeElement().getAttribute("id"));
        page.screenshot("import-review");

        // Corrections: a Present name (left blank at first), the third item's number and title, a resolution and
        // an action for it.
        page.driver.findElement(By.id("rf-attendance-present-add")).click();
        retype("rf-items-2-number", "3");
        retype("rf-items-2-title", "Town Centre Patrols");
        page.driver.findElement(By.id("rf-items-2-resolutions-add")).click();
        type("rf-items-2-resolutions-1-text", "the patrols continue through the summer");
        new Select(page.driver.findElement(By.id("rf-items-2-resolutions-1-outcome"))).selectByValue("AGREED");
        page.driver.findElement(By.id("rf-items-2-actions-add")).click();
        type("rf-items-2-actions-0-description", "Patrol rota to be circulated");
        type("rf-items-2-actions-0-owners", "JB");

        // Refused for the blank name: the problem, the violation beside the field, and the edits kept.
        page.driver.findElement(By.id("review-save")).click();
        WebElement problem = page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-problem")));
        assertTrue(problem.getText().contains("400"), problem.getText());
        WebElement violation = page.driver.findElement(By.cssSelector(
                "[data-field='attendance.present[0]'] [data-note-field='attendance.present[0].name'].error"));
        assertFalse(violation.getText().isBlank());
        assertEquals("true",
                page.driver.findElement(By.id("rf-attendance-present-0-name")).getAttribute("aria-invalid"));
        assertEquals("Town Centre Patrols", page.driver.findElement(By.id("rf-items-2-title")).getAttribute("value"));
        page.assertAccessible("import review");

        type("rf-attendance-present-0-name", "Steve Nelson");
        page.driver.findElement(By.id("review-save")).click();
        WebElement saved = page.wait
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#review-saved a")));
        String href = saved.getAttribute("href");
        String id = href.substring(href.indexOf("#/meetings/") + "#/meetings/".length());
        assertTrue(page.driver.findElements(By.id("review-problem")).isEmpty(), "the refusal is gone");
        page.screenshot("import-review-saved");
        page.assertAccessible("import review saved");

        JsonPath stored = given().baseUri(E2eStack.url("meetings-service")).auth().oauth2(E2eStack.clerk())
                .get("/api/meetings/{id}", id).then().statusCode(200).extract().jsonPath();
        assertEquals(committee, stored.getString("committee"));
        assertEquals("DRAFT", stored.getString("status"));
        assertEquals(List.of("Steve Nelson"), stored.getList("attendance.present.name"));
        assertEquals(List.of("Jim Beall", "Claire Sills"), stored.getList("attendance.apologies.name"));
        assertEquals(List.of("1", "2", "3"), stored.getList("items.number"));
        assertEquals("Town Centre Patrols", stored.getString("items[2].title"));
        assertEquals(List.of("the update be noted", "the patrols continue through the summer"),
                stored.getList("items[2].resolutions.text"));
        assertEquals(List.of("NOTED", "AGREED"), stored.getList("items[2].resolutions.outcome"));
        assertEquals("Patrol rota to be circulated", stored.getString("items[2].actions[0].description"));
        assertEquals(List.of("JB"), stored.getList("items[2].actions[0].owners"));

        // The report's link opens the saved meeting.
        saved.click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-status"), "draft"));
        assertTrue(page.driver.findElement(By.id("main")).getText().contains("Town Centre Patrols"));

        // The same document reviewed again is refused as the committee's meeting on that date, which it links to.
        page.open("#/import");
        page.driver.findElement(By.id("import-files")).sendKeys(minutes.toAbsolutePath().toString());
        page.driver.findElement(By.id("import-review")).click();
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-save"))).click();
        WebElement conflict = page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-problem")));
        assertTrue(conflict.getText().contains("409"), conflict.getText());
        assertTrue(conflict.findElement(By.tagName("a")).getAttribute("href").endsWith("#/meetings/" + id));
    }

    private static void type(String id, String text) {
        page.driver.findElement(By.id(id)).sendKeys(text);
    }

    /** Selects what the field holds and types over it, as a clerk would (input events, not a scripted value). */
    private static void retype(String id, String text) {
        page.driver.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OfficerPageReviewIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
