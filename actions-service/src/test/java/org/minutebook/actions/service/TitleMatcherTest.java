package org.minutebook.actions.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleMatcherTest {

    @Test
    void shouldMatchTitlesThatDifferOnlyInDashesCasePunctuationAndPlurals() {
        assertTrue(
                TitleMatcher.matches("Domestic Abuse National Comparisons", "Domestic Abuse – National Comparisons"));
        assertTrue(TitleMatcher.matches("Domestic Abuse National Comparisons", "DOMESTIC ABUSE - NATIONAL COMPARISON"));
        assertTrue(TitleMatcher.matches("Minutes of the YOT Management Board", "YOT Management Board minutes"));
        assertTrue(TitleMatcher.matches("Drugs & Alcohol Update", "Drugs and Alcohol Update"));
    }

    @Test
    void shouldNotMatchDifferentOrPartialTitles() {
        assertFalse(TitleMatcher.matches("Domestic Abuse National Comparisons", "Domestic Abuse"));
        assertFalse(TitleMatcher.matches("Community Safety Plan", "Community Safety Survey"));
        assertFalse(TitleMatcher.matches("Community Safety Plan", null));
        assertFalse(TitleMatcher.matches("The", "The"));
    }
}
