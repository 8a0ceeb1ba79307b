package org.minutebook.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Agenda titles from the partnership's minutes, 2011 to 2017. */
class TopicKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Recorded Crime & Disorder | crime disorder recorded",
            "Recorded Crime and Disorder | crime disorder recorded",
            "Minutes of Stockton Adults Safeguarding Board 23/2/16 | adult board safeguarding stockton",
            "Minutes of Stockton Children's Safeguarding Board 21/4/16 | board children safeguarding stockton",
            "Domestic Homicide Reviews - update | domestic homicide review",
            "Any Other Business - identification only | any business identification only other",
            "YOT Q3 | yot",
            "Community Safety Plan Q3 April 2016 - October 2016 | community plan safety",
            "Update on Prevent | prevent",
            "Minutes of Meeting 17 May 2016 | ''",
            "Date and time of next meeting : Tuesday 14 March 2017 at 9.30am | ''"})
    void shouldKeepOnlyTheWordsThatNameTheTopic(String title, String key) {
        assertEquals(key, TopicKeys.key(title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Recorded Crime & Disorder | Recorded Crime and Disorder",
            "YOT Q3 | Minutes of YOT Management Board",
            "Update on Prevent | Update on Community Meeting in Relation to Prevent/Community Engagement",
            "Minutes of the Adult Safeguarding Board | Minutes of Stockton Adults Safeguarding Board 23/2/16",
            "Domestic Abuse National Comparisons | Domestic Abuse – National Comparisons"})
    void shouldRecogniseOneTopicUnderDifferentTitles(String a, String b) {
        assertTrue(TopicKeys.similar(TopicKeys.key(a), TopicKeys.key(b)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Minutes of Stockton Adults Safeguarding Board | Minutes of Stockton Children's Safeguarding Board",
            "Domestic Homicide Reviews | Domestic Abuse National Comparisons",
            "Matters Arising | Declarations of Interest",
            "Minutes of Meeting 17 May 2016 | Update on Community Meeting in Relation to Prevent/Community Engagement"})
    void shouldKeepDifferentTopicsApart(String a, String b) {
        assertFalse(TopicKeys.similar(TopicKeys.key(a), TopicKeys.key(b)));
    }
}
