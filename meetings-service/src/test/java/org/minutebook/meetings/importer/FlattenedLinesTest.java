package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.importer.ItemSplitter.RawItem;

class FlattenedLinesTest {

    private static final String FILLER = "The Council considered the report and the matters it raised in detail. ";

    @Test
    void shouldBreakAPageLongLineAtLabelsAndAtItemNumbersInSequence() {
        String page = FILLER.repeat(8) + "Attendance: Councillors: Cllr. Ann Bolger, Cllr. Pip Breen, Officials: "
                + "Mr. Eddie Taaffe, Director of Services. Apologies: Cllr. Mary Farrell. 1. Election of Cathaoirleach "
                + "Cllr. Ann Bolger proposed Cllr. Pip Breen as Cathaoirleach. The vote was 5 to 4. 3. Not next. "
                + "2. Election of Leas-Cathaoirleach Cllr. Pip Breen proposed Cllr. Ann Bolger.";
        String[] lines = FlattenedLines.split(new String[]{"Heading", page});
        assertEquals("Heading", lines[0]);
        assertEquals(List.of("Attendance:", "Councillors: Cllr. Ann Bolger, Cllr. Pip Breen,",
                "Officials: Mr. Eddie Taaffe, Director of Services.", "Apologies: Cllr. Mary Farrell.",
                "1. Election of Cathaoirleach",
                "Cllr. Ann Bolger proposed Cllr. Pip Breen as Cathaoirleach. The vote was 5 to 4. 3. Not next.",
                "2. Election of Leas-Cathaoirleach", "Cllr. Pip Breen proposed Cllr. Ann Bolger."),
                List.of(lines).subList(2, lines.length));
    }

    @Test
    void shouldLeaveOrdinaryParagraphsAlone() {
        String[] raw = {"1. Minutes", "Present: Cllr Ann Bolger", FILLER.repeat(3) + "1. Not an item here."};
        assertSame(raw, FlattenedLines.split(raw));
        String[] longProse = {FILLER.repeat(10) + "Members noted that 2. and 3. were minor."};
        assertArrayEquals(longProse, FlattenedLines.split(longProse));
    }

    @Test
    void shouldGiveTheItemsOfAFlattenedPage() {
        String page = FILLER.repeat(8) + "Present: Mr G Adam Mr R MacDonald Mrs D Mackay Mr B Allan. 1. Calling of "
                + "the Roll Mr G Adam took the chair. The roll was called. 2. Declarations of Interest Mr B Allan "
                + "declared an interest.";
        List<Line> lines = TextCleaner.clean("Minutes of the Council held on Thursday, 26 October 2017\n" + page);
        List<RawItem> items = ItemSplitter.split(lines, 0);
        assertEquals(List.of("Calling of the Roll", "Declarations of Interest"),
                items.stream().map(RawItem::title).toList());
        assertEquals(4, AttendanceParser.parse(lines, ItemSplitter.firstCandidate(lines, 0)).attendance().present()
                .size(), "names kept apart only by their honorifics");
    }
}
