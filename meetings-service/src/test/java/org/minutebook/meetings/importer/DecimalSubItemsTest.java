package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.ItemRecord;

class DecimalSubItemsTest {

    private static List<String> items(String body) {
        return new MinutesParser()
                .parse("Minutes of the Committee held on 26 February 2019\n\nPRESENT: Cr Ann Jones\n\n"
                        + body, null)
                .items().stream().map(i -> i.number() + " " + i.title()).toList();
    }

    private static List<ItemRecord> records(String body) {
        return new MinutesParser()
                .parse("Minutes of the Committee held on 26 February 2019\n\nPRESENT: Cr Ann Jones\n\n"
                        + body, null)
                .items();
    }

    @Test
    void shouldSplitDecimalSubItemsWithTheirNumberOnItsOwnLine() {
        assertEquals(
                List.of("7 MINUTES OF THE PREVIOUS MEETING", "8 GENERAL ITEMS", "8.1 HALF YEAR FINANCIAL PERFORMANCE",
                        "8.2 TERMS OF REFERENCE", "9 PUBLIC EXCLUDED ITEMS"),
                items("7\n\nMINUTES OF THE PREVIOUS MEETING\n\nConfirmed.\n\n8\n\nGENERAL ITEMS\n\n8.1\n\n"
                        + "HALF YEAR FINANCIAL PERFORMANCE\n\nThe report was received.\n\n8.2\n\nTERMS OF REFERENCE\n\n"
                        + "The terms were confirmed.\n\n9\n\nPUBLIC EXCLUDED ITEMS\n\nNone.\n"));
    }

    @Test
    void shouldKeepTheSectionsOfAnOfficersReportInsideTheItem() {
        assertEquals(List.of("1 Events 2019", "2 Risk Update", "2.1 Risk", "2.2 Audit Plan"),
                items("1. Events 2019\n\n1.1   Purpose\nof Report\n\nTo allow trading.\n\n1.2\n\nBackground Summary"
                        + "\n\nCriteria were noted.\n\n2. Risk Update\n\n2.1 Risk\n\nThe register was noted.\n\n"
                        + "2.2 Audit Plan\n\nThe plan was approved.\n"));
    }

    @Test
    void shouldSplitDecimalSubItemsWithTheirTitleOnTheLine() {
        List<ItemRecord> r = records("1. Apologies\n\nNone.\n\n2. Reports\n\n2.1 Risk and Audit Update\n\n"
                + "The report was noted.\n\n2.2 Safety Update\n\nThe update was noted.\n");
        assertEquals(List.of("1", "2", "2.1", "2.2"), r.stream().map(ItemRecord::number).toList());
        assertEquals("The update was noted.", r.get(3).text());
    }

    @Test
    void shouldKeepALowerNumberInTheTextAsText() {
        assertEquals(List.of("4 Water Supply", "5 Finance"),
                items("4. Water Supply\n\nThe matter was discussed at length.\n\n3.2 Mahanga Water was raised again.\n\n"
                        + "5. Finance\n\nNoted.\n"));
    }

    @Test
    void shouldReadDecimalNumbersAsParagraphsWhenTheMinutesNumberTheirParagraphs() {
        List<ItemRecord> r = records("1.\n\nApologies for Absence\n\n1.1\n\nApologies for absence were received "
                + "from Councillors Ann Smith and Bob Jones.\n\n2.\n\nPublic Questions\n\n2.1\n\nAmendments to Motions\n\n"
                + "RESOLVED: that only one amendment per group be permitted.\n\n2.2\n\nPetitions\n\nThe Council received a "
                + "petition.\n");
        assertEquals(List.of("1", "2"), r.stream().map(ItemRecord::number).toList());
        assertEquals("only one amendment per group be permitted", r.get(1).resolutions().get(0).text());
    }
}
