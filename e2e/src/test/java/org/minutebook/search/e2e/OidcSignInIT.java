package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.infra.KeycloakServer;
import org.minutebook.shared.stack.LocalStack;
import org.minutebook.shared.stack.StackConfig;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 21: the officer page signs in through a real Keycloak's login page (authorization code with PKCE), against
 * a stack of its own whose services take only Keycloak's tokens. An officer reads a restricted item, marks their
 * action done and is refused their namesake's, signs out and sees the public view; a clerk publishes a draft.
 */
class OidcSignInIT {

    private static final String COMMITTEE = "Signed In " + UUID.randomUUID().toString().substring(0, 8);
    private static final String POLICE_ACTION = "Police to report back on shoplifting figures";
    /** From the text of the seed's restricted item 8, which the public never reads. */
    private static final String RESTRICTED_TEXT = "providing an overview of crime";
    private static final String RAPTOR_ACTION = "Arrangements to be made for Cleveland Fire Brigade";

    private static LocalStack stack;
    private static KeycloakServer keycloak;
    private static OfficerBrowser page;
    private static String published;
    private static String draft;

    @BeforeAll
    static void start() throws IOException {
        stack = LocalStack.start(StackConfig.forTests(E2eStack.PROJECT, Path.of("target", "e2e-oidc")
                .toAbsolutePath()).withIdentityProvider(0));
        keycloak = stack.keycloak().orElseThrow();
        System.out.printf("OidcSignInIT: Keycloak ready in %.1f s%n", keycloak.startup().toMillis() / 1000.0);
        String clerk = keycloak.token(KeycloakServer.CLI_CLIENT, "clerk");
        published = importSeed(clerk);
        record(clerk, "2016-09-20", true);
        draft = record(clerk, "2016-10-18", false);
        // Officers see drafts' actions too: the namesake's from both meetings, and Steve Johnson's from the seed.
        await().atMost(OfficerBrowser.PATIENCE).until(() -> given().baseUri(stack.url("actions-service"))
                .auth().oauth2(keycloak.token(KeycloakServer.CLI_CLIENT, "sjohnson.fire"))
                .queryParam("committee", COMMITTEE).queryParam("assignee", "Steve Johnson").queryParam("size", 100)
                .get("/api/actions").then().extract().<java.util.List<String>>path("results.description").stream()
                .filter(d -> d.startsWith(POLICE_ACTION) || d.startsWith(RAPTOR_ACTION)).count() == 3);
        page = OfficerBrowser.start();
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void officerSignsInReadsRestrictedMarksTheirActionIsRefusedTheNamesakesAndSignsOut() throws IOException {
        page.open(stack.url("search-service"), "#/meetings/" + published);
        assertFalse(restrictedText().contains(RESTRICTED_TEXT), "the public reads the title only");
        assertTrue(page.driver.findElements(By.id("token")).stream().noneMatch(WebElement::isDisplayed),
                "no token field outside development");

        signIn("sjohnson.fire");
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"),
                "Steve Johnson, Cleveland Fire Brigade (officer)"));
        page.open(stack.url("search-service"), "#/meetings/" + published);
        page.wait.until(d -> restrictedText().contains(RESTRICTED_TEXT));
        page.screenshot("oidc-officer-restricted");

        page.open(stack.url("search-service"), "#/outstanding?committee=" + OfficerBrowser.encode(COMMITTEE));
        WebElement mine = row(RAPTOR_ACTION);
        mine.findElement(By.cssSelector(".mark-done")).click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-status"), "Marked done"));
        assertEquals("DONE", status(mine.getAttribute("data-action-id")));

        WebElement namesakes = row(POLICE_ACTION);
        namesakes.findElement(By.cssSelector(".mark-done")).click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-status"),
                "Could not mark it done"));
        assertEquals("OPEN", status(namesakes.getAttribute("data-action-id")));
        page.screenshot("oidc-officer-refused");
        page.assertAccessible("board, signed in through Keycloak");

        page.driver.findElement(By.id("sign-out")).click();
        page.wait.until(d -> d.getCurrentUrl().startsWith(stack.url("search-service") + "/officer/"));
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), "Not signed in"));
        page.open(stack.url("search-service"), "#/meetings/" + published);
        assertFalse(restrictedText().contains(RESTRICTED_TEXT), "public again after signing out");
        page.screenshot("oidc-signed-out");
    }

    @Test
    void clerkSignsInAndPublishesADraft() throws IOException {
        page.open(stack.url("search-service"), "#/meetings/" + draft);
        signIn("clerk");
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), "(clerk)"));
        page.open(stack.url("search-service"), "#/meetings/" + draft);
        page.wait.until(ExpectedConditions.elementToBeClickable(By.id("meeting-publish"))).click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-status"), "published"));
        assertEquals("PUBLISHED", given().baseUri(stack.url("meetings-service")).get("/api/meetings/{id}", draft)
                .then().statusCode(200).extract().path("status"));
        page.screenshot("oidc-clerk-published");
        page.driver.findElement(By.id("sign-out")).click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), "Not signed in"));
    }

    /** Keycloak's own login page: the page's button sends the browser there and the code flow brings it back. */
    private static void signIn(String username) {
        page.driver.findElement(By.id("sign-in-button")).click();
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertTrue(page.driver.getCurrentUrl().startsWith(keycloak.issuer() + "/protocol/openid-connect/auth"),
                page.driver.getCurrentUrl());
        assertTrue(page.driver.getCurrentUrl().contains("code_challenge_method=S256"), "PKCE");
        page.driver.findElement(By.id("username")).sendKeys(username);
        page.driver.findElement(By.id("password")).sendKeys(KeycloakServer.PASSWORD);
        page.driver.findElement(By.id("kc-login")).click();
        page.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertFalse(page.driver.getCurrentUrl().contains("code="), "the code is gone from the address");
    }

    private static String restrictedText() {
        return page.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.restricted")))
                .getText();
    }

    private static WebElement row(String description) {
        return page.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[@id='actions-table']//tr[td[contains(., '" + description + "')]]")));
    }

    private static String status(String actionId) {
        // As a clerk: the namesake's action from the draft is not public.
        return given().baseUri(stack.url("actions-service")).auth().oauth2(keycloak.token(KeycloakServer.CLI_CLIENT,
                "clerk")).get("/api/actions/{id}", actionId).then()
                .statusCode(200).extract().path("status");
    }

    /** The seed minutes: Steve Johnson of Cleveland Fire Brigade has the Operation Raptor action. */
    private static String importSeed(String clerk) throws IOException {
        String text = Files.readString(E2eStack.PROJECT.resolve("samples/minutes/ssp-2016-06-21.md"))
                .replace("Safer Stockton Partnership", COMMITTEE);
        return given().baseUri(stack.url("meetings-service")).auth().oauth2(clerk)
                .contentType("text/markdown; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("publish", true).post("/api/meetings/import").then().statusCode(201).extract().path("id");
    }

    /** A meeting where the namesake, Steve Johnson of Cleveland Police, is given an action. */
    private static String record(String clerk, String date, boolean publish) {
        String json = """
                {"committee": "%s", "date": "%s",
                 "attendance": {"present": [{"name": "Steve Johnson", "organisation": "Cleveland Police"}]},
                 "items": [{"number": "1", "title": "Shoplifting", "restricted": false,
                   "text": "%s.", "resolutions": [], "declarations": [],
                   "actions": [{"description": "%s %s.", "owners": ["SJ"],
                     "assignees": [{"initials": "SJ", "name": "Steve Johnson"}], "dueDate": null,
                     "source": "ACTION_COLUMN"}],
                   "deferral": null}]}
                """.formatted(COMMITTEE, date, POLICE_ACTION, POLICE_ACTION, date);
        return given().baseUri(stack.url("meetings-service")).auth().oauth2(clerk).contentType("application/json")
                .body(json).queryParam("publish", publish).post("/api/meetings").then().statusCode(201).extract()
                .path("id");
    }
}
