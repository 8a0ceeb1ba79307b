package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private static List<String> texts(String raw) {
        return TextCleaner.clean(raw).stream().map(Line::text).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void shouldStripMarkdownAndKeepHeadingAndBoldAsFlags() {
        Line heading = TextCleaner.clean("## **8 \\*Recorded Crime (Restricted)**").get(0);
        assertEquals("8 *Recorded Crime (Restricted)", heading.text());
        assertTrue(heading.heading());
        assertTrue(heading.bold());
        Line label = TextCleaner.clean("**Present:** Cllr Steve Nelson").get(0);
        assertEquals("Present: Cllr Steve Nelson", label.text());
        assertFalse(label.bold());
    }

    @Test
    void shouldStripHtmlRemnantsAndEntities() {
        assertEquals(List.of("21st June BLUE In Custody & more", "see http://example.org/x"),
                texts("21<sup>st</sup> June <b>BLUE</b> In Custody &amp; more\nsee <http://example.org/x>"));
    }

    @Test
    void shouldJoinBoldRunSplitOverLines() {
        assertEquals(List.of("ALL to Note"), texts("**ALL to  \nNote**"));
    }

    @Test
    void shouldJoinWordsHyphenatedAtLineEnd() {
        assertEquals(List.of("a partnership licensing workshop be arranged"),
                texts("a partnership licensing work-\nshop be arranged"));
    }

    @Test
    void shouldMarkBulletsAndIndents() {
        Line bullet = TextCleaner.clean("- Prevent & Deter").get(0);
        Line tabbed = TextCleaner.clean("\tFor the first time").get(0);
        assertTrue(bullet.bullet());
        assertEquals("Prevent & Deter", bullet.text());
        assertTrue(tabbed.indented());
    }

    @Test
    void shouldDropPageNumbersAndRunningHeaders() {
        String page = "Safer Stockton Partnership - 9 October 2012\n";
        List<String> lines = texts(page + "one\nPage 1 of 3\n" + page + "two\n- 2 -\n" + page + "three");
        assertEquals(List.of("Safer Stockton Partnership - 9 October 2012", "one", "two", "three"), lines);
    }

    @Test
    void shouldRejoinReferenceSplitOverTableCells() {
        assertEquals(List.of("SSP 136/13", "DECLARATIONS OF INTEREST"), texts("SSP\n136/13\nDECLARATIONS OF INTEREST"));
    }

    @Test
    void shouldTurnWideGapsIntoCellSeparators() {
        assertEquals("had fallen.\tMW", TextCleaner.clean("had fallen.      MW").get(0).text());
    }
}
