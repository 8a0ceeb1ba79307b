package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minutebook.meetings.record.ItemRecord;

class TitleCleanerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"*Recorded Crime and Disorder (Restricted)|Recorded Crime and Disorder",
            "Recorded Crime & Disorder (restricted)|Recorded Crime & Disorder",
            "COMMUNITY SAFETY PLAN 2014-2017 - RESTRICTED|COMMUNITY SAFETY PLAN 2014-2017",
            "Housing Strategy (Exempt)|Housing Strategy", "CONFIDENTIAL: Staffing Review|Staffing Review",
            "Housing Repairs Harmonisation - Exempt Category 4|Housing Repairs Harmonisation",
            "Disposal of Land (Exempt Paragraph 3)|Disposal of Land"})
    void shouldMarkRestrictedItemAndDropTheMarker(String raw, String title) {
        TitleCleaner.Title t = TitleCleaner.clean(raw);
        assertTrue(t.restricted());
        assertEquals(title, t.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"PCC Funding Proposal 2017 (letter)|PCC Funding Proposal 2017 (letter)",
            "*Minutes of Stockton Adults Safeguarding Board 23/2/16|Minutes of Stockton Adults Safeguarding Board 23/2/16",
            "Date of next meeting - Tuesday 16 August at 9.30 a.m.|Date of next meeting - Tuesday 16 August at 9.30 a.m",
            "Reports Back:|Reports Back",
            "Response to 'Consultation on a Code'|Response to 'Consultation on a Code'",
            "Minutes pdf icon PDF 99 KB|Minutes"})
    void shouldKeepTitleAsPrintedWithoutMarkers(String raw, String title) {
        TitleCleaner.Title t = TitleCleaner.clean(raw);
        assertFalse(t.restricted());
        assertEquals(title, t.text());
    }

    @Test
    void shouldMarkItemRestrictedWhenTheTextSaysSo() {
        ItemRecord item = new MinutesParser().parse(Fixtures.minutes("4\n\nHousing Strategy\n\n"
                + "The Partnership considered a restricted report on the Housing Strategy.\n"), null).items().get(0);
        assertTrue(item.restricted());
        assertEquals("Housing Strategy", item.title());
    }

    @Test
    void shouldReadDeferredMarkerInTitle() {
        TitleCleaner.Title t = TitleCleaner.clean("Alcohol Strategy (Deferred)");
        assertTrue(t.deferred());
        assertEquals("Alcohol Strategy", t.text());
    }

    @Test
    void shouldMarkATitleThatIsThePrivateBusinessAndKeepIt() {
        TitleCleaner.Title t = TitleCleaner.clean("Closed Session");
        assertTrue(t.restricted());
        assertEquals("Closed Session", t.text());
        assertFalse(TitleCleaner.clean("Exclusion of the Press and Public").restricted());
        assertFalse(TitleCleaner.clean("Closed Session Arrangements for 2025").restricted());
    }
}
