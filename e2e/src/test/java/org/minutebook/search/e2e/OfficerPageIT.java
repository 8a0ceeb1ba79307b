package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer page in the system's headless Chromium, against the three packaged services: the board, filtering,
 * marking an action done, a meeting, search, a live update, the charts and an import. Each step leaves a screenshot
 * in target/screenshots for review. The Import view's review step has a test of its own, OfficerPageReviewIT.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerPageIT {

    private static final Duration PATIENCE = OfficerBrowser.PATIENCE;
    private static final String RAPTOR_ACTION = "Arrangements to be made for Cleveland Fire Brigade";

    private static final String COMMITTEE = "Officer Page " + UUID.randomUUID().toString().substring(0, 8);
    private static String meetingId;
    private static OfficerBrowser page;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        meetingId = importSeed(COMMITTEE);
        // The action that the officer (Steve Johnson, "SJ") will mark done has reached actions-service.
        await().atMost(PATIENCE).until(() -> given().baseUri(E2eStack.url("actions-service"))
                .queryParam("committee", COMMITTEE).queryParam("assignee", "Steve Johnson")
                .get("/api/actions").then().extract().<Integer>path("total") > 0);
        page = OfficerBrowser.start();
        browser = page.driver;
        wait = page.wait;
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void boardIsPublicUntilSignedInThenFiltersAndMarksAnActionDone() throws IOException {
        page.open("#/outstanding?committee=" + OfficerBrowser.encode(COMMITTEE));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actions-table")));
        assertFalse(browser.findElements(By.cssSelector(".mark-done")).size() > 0,
                "the public sees no update buttons");
        page.screenshot("board-public");

        page.signIn(E2eStack.officer());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), "Steve Johnson"));
        WebElement committee = browser.findElement(By.id("filter-committee"));
        committee.clear();
        committee.sendKeys(COMMITTEE);
        WebElement assignee = browser.findElement(By.id("filter-assignee"));
        assignee.clear();
        // By keyboard: Enter in a field submits the filters.
        assignee.sendKeys("Steve Johnson", Keys.ENTER);
        wait.until(driver -> driver.getCurrentUrl().contains("assignee=Steve"));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='actions-table']//tr[td[contains(., '" + RAPTOR_ACTION + "')]]")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#actions-table tbody tr"));
        for (WebElement each : rows) {
            assertTrue(each.findElement(By.cssSelector("td[data-label='Assigned to']")).getText()
                    .contains("Steve Johnson"), "filtered to the person: " + each.getText());
        }
        page.screenshot("board-filtered");

        String actionId = row.getAttribute("data-action-id");
        row.findElement(By.cssSelector(".mark-done")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-status"), "Marked done"));
        assertEquals("done", row.findElement(By.cssSelector(".status")).getText());
        assertEquals("DONE", given().baseUri(E2eStack.url("actions-service")).get("/api/actions/{id}", actionId)
                .then().statusCode(200).extract().path("status"));
        page.screenshot("board-marked-done");
        page.assertAccessible("board");
    }

    @Test
    @Order(2)
    void meetingPageShowsRestrictedItemsToTheSignedInOfficer() throws IOException {
        page.open("#/meetings/" + meetingId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendance")));
        page.screenshot("meeting");
        WebElement restricted = browser.findElement(By.cssSelector("article.restricted"));
        assertTrue(restricted.getText().contains("Recorded Crime and Disorder"));
        assertFalse(restricted.getText().contains("officers signed in can read it"), "the officer reads it");
        WebElement raptor = browser.findElement(By.xpath("//article[h3[contains(., 'Operation Raptor')]]"));
        assertTrue(raptor.getText().contains("done"), "the action's progress shows: " + raptor.getText());
        page.assertAccessible("meeting");
    }

    @Test
    @Order(3)
    void searchMarksMatchesAndOffersFacets() throws IOException {
        page.open("#/search?q=" + OfficerBrowser.encode("\"Operation Raptor\"") + "&committee="
                + OfficerBrowser.encode(COMMITTEE));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit mark")));
        assertTrue(browser.findElement(By.id("search-total")).getText().startsWith("1 item"));
        assertFalse(browser.findElements(By.cssSelector(".facets a")).isEmpty(), "facets to narrow by");
        page.screenshot("search");
        page.assertAccessible("search");
    }

    @Test
    @Order(4)
    void newMeetingAppearsWithoutAReload() throws IOException {
        String committee = "Live Page " + UUID.randomUUID().toString().substring(0, 8);
        page.open("#/meetings?committee=" + OfficerBrowser.encode(committee));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-list"), "No meetings match"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-status"), "Connected"));
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

        String id = importSeed(committee);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-meeting-id='" + id + "']")));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded;"));
        assertFalse(browser.findElements(By.cssSelector("#live-events li")).isEmpty());
        page.screenshot("live-update");
    }

    @Test
    @Order(5)
    void chartsAttendanceAndDecisions() throws IOException {
        page.open("#/attendance?person=" + OfficerBrowser.encode("Steve Johnson") + "&committee="
                + OfficerBrowser.encode(COMMITTEE));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendance-chart")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decisions-chart")));
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart('attendance-chart') !== undefined && Chart.getChart('decisions-chart') !== undefined;"),
                "Chart.js drew both charts");
        page.screenshot("attendance-and-decisions");
        page.assertAccessible("attendance and decisions");

        page.open("#/attendance?organisation=" + OfficerBrowser.encode("Cleveland Fire Brigade") + "&committee="
                + OfficerBrowser.encode(COMMITTEE));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendance-chart-heading"),
                "Attendance by year"));
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const c = Chart.getChart('attendance-chart');"
                        + "return c !== undefined && c.data.datasets[0].label.startsWith('Cleveland Fire Brigade');")));
        page.screenshot("attendance-organisation");
    }

    @Test
    @Order(6)
    void clerkImportsDocumentsWithAReportPerFile() throws IOException {
        page.signIn(E2eStack.clerk());
        page.open("#/import");
        Path good = Files.writeString(Files.createTempFile(Path.of("target"), "minutes-", ".txt"),
                Files.readString(E2eStack.PROJECT.resolve("samples/minutes/ssp-2017-02-14.txt"))
                        .replace("Safer Stockton Partnership", "Import Page " + UUID.randomUUID()));
        Path bad = Files.writeString(Files.createTempFile(Path.of("target"), "not-minutes-", ".txt"),
                "A shopping list: bread, milk.");
        browser.findElement(By.id("import-files"))
                .sendKeys(good.toAbsolutePath() + "\n" + bad.toAbsolutePath());
        browser.findElement(By.id("import-go")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "1 of 2 imported"));
        assertEquals(2, browser.findElements(By.cssSelector("#import-table tbody tr")).size());
        page.screenshot("import");
        page.assertAccessible("import");

        // The imported draft, from the report's link, published by the clerk.
        browser.findElement(By.cssSelector("#import-table tr.ok a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-status"), "draft"));
        browser.findElement(By.id("meeting-publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-status"), "published"));
        assertFalse(browser.findElements(By.id("meeting-approve")).isEmpty(), "next: approval");
        page.screenshot("meeting-published");
    }

    @Test
    @Order(7)
    void boardFitsAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        page.open("#/outstanding?committee=" + OfficerBrowser.encode(COMMITTEE));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#actions-table, #actions-empty")));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "no sideways scrolling at phone width: " + overflow + " px too wide");
        page.screenshot("board-phone");
        page.assertAccessible("board at phone width");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private static String importSeed(String committee) throws IOException {
        String text = Files.readString(E2eStack.PROJECT.resolve("samples/minutes/ssp-2016-06-21.md"))
                .replace("Safer Stockton Partnership", committee);
        return given().baseUri(E2eStack.url("meetings-service")).auth().oauth2(E2eStack.clerk())
                .contentType("text/markdown; charset=UTF-8")
                .body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("publish", true)
                .when().post("/api/meetings/import")
                .then().statusCode(201).extract().path("id");
    }
}
